import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { type StitchOptions, type StitchSummary, stitchIdentities } from '../../identity/stitch.ts';
import { sqlString } from '../../import/sql.ts';
import { openDuckDbStore } from '../duckdb.ts';
import { insertBatch } from './insert.ts';
import { type ClickHouseStore, chCommand, chRows } from './store.ts';

const BATCH = 200_000;

/**
 * Identity stitching for a ClickHouse store, with the engine's own rules
 * (`stitchIdentities`): only the rows that carry two identifiers or more take part, so
 * ClickHouse streams just those (identifiers, seq, import) to a temporary DuckDB, the
 * union-find runs there as for the DuckDB store, and the results are written to
 * `identity_next` / `identity_merges_next` and swapped in by one RENAME, so analyses see
 * the old identity or the new one, never half of it. Records in `stitched` what it read.
 */
export async function stitchClickHouse(
  store: ClickHouseStore,
  options: Partial<StitchOptions> = {},
): Promise<StitchSummary> {
  const seen = (
    await chRows(
      store,
      `SELECT count() AS events, max(seq) AS seq FROM ${store.tables.events}`,
      null,
      z.object({ events: z.number(), seq: z.number() }),
    )
  )[0] ?? { events: 0, seq: 0 };
  const { summary } = await stitch(store, options);
  await insertBatch(store, 'stitched', [{ events: seen.events, seq: seen.seq }]);
  return summary;
}

/**
 * Stitches the stored events together with the staged rows of an import not written yet
 * (their `seq` continued from `seqBase`), writes the identity, and returns it
 * (identifier → customer): a sharded store routes each new row by the customer it belongs
 * to, so a journey imported at once lies on one shard. The stitch after the import
 * records what it read as usual.
 */
export async function stitchWithStaged(
  store: ClickHouseStore,
  staged: { conn: DuckDBConnection; seqBase: number },
  options: Partial<StitchOptions> = {},
): Promise<Map<string, string>> {
  return (await stitch(store, options, staged)).customers;
}

async function stitch(
  store: ClickHouseStore,
  options: Partial<StitchOptions>,
  staged?: { conn: DuckDBConnection; seqBase: number },
): Promise<{ summary: StitchSummary; customers: Map<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-clickhouse-stitch-'));
  const work = await openDuckDbStore(':memory:');
  try {
    const file = join(dir, 'shared.ndjson');
    const answer = await store.client.exec({
      query: `SELECT event_id, seq, identifiers, import_id FROM ${store.tables.events} WHERE length(identifiers) > 1
        ORDER BY seq FORMAT JSONEachRow`,
    });
    await pipeline(answer.stream, createWriteStream(file));
    const files = [file];
    if (staged) {
      const extra = join(dir, 'staged.ndjson');
      await staged.conn.run(`COPY (SELECT event_id, seq + ${staged.seqBase} AS seq, identifiers, import_id
        FROM events WHERE len(identifiers) > 1) TO ${sqlString(extra)} (FORMAT JSON)`);
      files.push(extra);
    }
    for (const f of files) {
      await work.conn.run(`INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, import_id)
        SELECT event_id, to_timestamp(0), seq, '', identifiers[1], identifiers, import_id
        FROM read_json(${sqlString(f)}, format = 'newline_delimited',
          columns = {event_id: 'VARCHAR', seq: 'BIGINT', identifiers: 'VARCHAR[]', import_id: 'VARCHAR'})`);
    }
    const summary = await stitchIdentities(work, options);
    await replaceTable(store, work, 'identity', 'SELECT identifier, customer_id FROM identity');
    await replaceTable(
      store,
      work,
      'identity_merges',
      'SELECT identifier_a, identifier_b, merged::INTEGER AS merged, reason, import_id FROM identity_merges',
    );
    const pairs = (
      await work.conn.runAndReadAll('SELECT identifier, customer_id FROM identity')
    ).getRowObjects();
    const customers = new Map(pairs.map((r) => [String(r.identifier), String(r.customer_id)]));
    return { summary, customers };
  } finally {
    work.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fills `NAME_next` from the DuckDB rows and swaps it in for `NAME`. */
async function replaceTable(
  store: ClickHouseStore,
  work: Awaited<ReturnType<typeof openDuckDbStore>>,
  name: string,
  sql: string,
): Promise<void> {
  await chCommand(store, `DROP TABLE IF EXISTS ${name}_next`);
  await chCommand(store, `CREATE TABLE ${name}_next AS ${name}`);
  const reader = await work.conn.runAndReadAll(sql);
  const rows = reader.getRowObjectsJS();
  for (let i = 0; i < rows.length; i += BATCH)
    await insertBatch(store, `${name}_next`, rows.slice(i, i + BATCH));
  await chCommand(store, `RENAME TABLE ${name} TO ${name}_prev, ${name}_next TO ${name}`);
  await chCommand(store, `DROP TABLE ${name}_prev`);
}

/**
 * Stitches again when events arrived after the last stitch (an import stopped before its
 * stitch finished); called on open.
 */
export async function restitchIfStale(store: ClickHouseStore): Promise<boolean> {
  // count() of a whole MergeTree table comes from part metadata: cheap on every open;
  // events are only ever added, so an unchanged count means nothing new since the stitch
  const rows = await chRows(
    store,
    `SELECT (SELECT count() FROM ${store.tables.events}) AS events,
       (SELECT max(events) FROM stitched) AS done_events, (SELECT count() FROM stitched) AS stitches`,
    null,
    z.object({ events: z.number(), done_events: z.number(), stitches: z.number() }),
  );
  const r = rows[0];
  if (!r || r.events === 0) return false;
  if (r.stitches > 0 && r.events === r.done_events) return false;
  await stitchClickHouse(store);
  return true;
}
