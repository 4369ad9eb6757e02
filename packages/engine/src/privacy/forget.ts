import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DuckDbStore } from '../store/duckdb.ts';
import { findCustomer, type KnownCustomer } from './resolve.ts';

/** What forgetting a customer removed. */
export interface Forgotten extends KnownCustomer {
  /** Events removed (with their texts, scores and properties). */
  readonly events: number;
  /** Quarantined rows removed because they mention one of the identifiers. */
  readonly quarantined: number;
}

/** The value part of `type:value` identifiers: what a quarantined raw line would contain. */
function values(identifiers: readonly string[]): string[] {
  return identifiers.map((id) => id.slice(id.indexOf(':') + 1)).filter((v) => v.length >= 3);
}

/**
 * Removes everything the store holds about one customer (a privacy request: GDPR art. 17,
 * 152-ФЗ): their events with texts and properties, their identifiers and stitching
 * history, quarantined rows mentioning any of their identifiers (table and the quarantine
 * files of the workspace), and their rows of the journey tables. One transaction for the
 * tables; the files are rewritten after it. Run it with the store to itself (the server's
 * exclusive lock). Undefined when nothing is known about `input`.
 */
export async function forgetCustomer(store: DuckDbStore, input: string): Promise<Forgotten | undefined> {
  const found = await findCustomer(store.conn, input);
  if (found === undefined) return undefined;
  const conn = store.conn;
  const ids = found.identifiers;
  const quarantineValues = values(ids);
  await conn.run('BEGIN TRANSACTION');
  let events = 0;
  let quarantined = 0;
  try {
    await conn.run('CREATE OR REPLACE TEMP TABLE forget_ids (identifier VARCHAR)');
    await conn.run('CREATE OR REPLACE TEMP TABLE forget_values (value VARCHAR)');
    for (const id of ids) await conn.run('INSERT INTO forget_ids VALUES ($1)', [id]);
    for (const value of quarantineValues) await conn.run('INSERT INTO forget_values VALUES ($1)', [value]);
    events = Number(
      (
        await conn.runAndReadAll(
          'DELETE FROM events WHERE customer_ref IN (SELECT identifier FROM forget_ids) RETURNING 1',
        )
      ).currentRowCount,
    );
    await conn.run('DELETE FROM identity WHERE customer_id = $1', [found.customer]);
    await conn.run(
      `DELETE FROM identity_merges WHERE identifier_a IN (SELECT identifier FROM forget_ids)
         OR identifier_b IN (SELECT identifier FROM forget_ids)`,
    );
    quarantined = Number(
      (
        await conn.runAndReadAll(
          `DELETE FROM quarantine q WHERE EXISTS (SELECT 1 FROM forget_values v WHERE contains(q.raw, v.value))
           RETURNING 1`,
        )
      ).currentRowCount,
    );
    await conn.run('DELETE FROM journey_events WHERE customer_id = $1', [found.customer]);
    await conn.run('DELETE FROM journey_paths WHERE customer_id = $1', [found.customer]);
    await conn.run('DROP TABLE forget_ids');
    await conn.run('DROP TABLE forget_values');
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK');
    throw error;
  }
  if (store.path !== ':memory:')
    scrubQuarantineFiles(join(dirname(store.path), 'quarantine'), quarantineValues);
  return { ...found, events, quarantined };
}

/** Rewrites the workspace's quarantine copies without the lines that mention any value. */
function scrubQuarantineFiles(dir: string, mention: readonly string[]): void {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.ndjson'));
  } catch {
    return;
  }
  for (const file of files) {
    const path = join(dir, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const kept = lines.filter((line) => !mention.some((value) => line.includes(value)));
    if (kept.length !== lines.length) writeFileSync(path, kept.join('\n'));
  }
}
