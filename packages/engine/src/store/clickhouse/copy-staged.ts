import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { chLiteral } from './escape.ts';
import { insertBatch } from './insert.ts';
import { type ClickHouseStore, chRows } from './store.ts';
import { dropStoredIds } from './stored-ids.ts';
import { writeBatches } from './write-batches.ts';

/**
 * Moves the events, quarantine and import record of one staged import from a DuckDB
 * workspace to ClickHouse. Events an earlier import stored are left out first
 * (`dropStoredIds`: one check for the whole file), then the others go in batches of
 * `batchRows` in file order, `seq` continued from the largest stored (`writeBatches`: one
 * all-or-nothing INSERT of a DuckDB-written file per batch). Returns how many events were
 * left out as already stored, and how many bad rows as already quarantined; the import
 * record counts both as duplicates.
 */
export async function copyStaged(
  store: ClickHouseStore,
  conn: DuckDBConnection,
  staged: {
    batchRows: number;
    /** The largest stored seq: the staged rows continue from it. */
    seqBase: number;
    /** The customer of an identifier, as stitched with the staged rows (cluster stores). */
    customers?: ReadonlyMap<string, string>;
    /** A folder for the batch files (the staging workspace's). */
    dir: string;
  },
): Promise<{ existing: number; requarantined: number }> {
  const existing = await dropStoredIds(store, conn, staged.dir);
  await writeBatches(store, conn, staged);
  const requarantined = await copyQuarantine(conn, store);
  const imports = await conn.runAndReadAll(
    `SELECT import_id, source, strftime(started_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS started_at,
       read, accepted - ${existing} AS accepted, quarantined - ${requarantined} AS quarantined,
       duplicates + ${existing} + ${requarantined} AS duplicates FROM imports`,
  );
  await insertBatch(store, 'imports', imports.getRowObjectsJS().map(plainNumbers));
  return { existing, requarantined };
}

/**
 * Moves the staged quarantine rows to ClickHouse, leaving out those an earlier import of the
 * same file quarantined already (same line and text), as the DuckDB store does; returns how
 * many were left out (they count as duplicates).
 */
async function copyQuarantine(conn: DuckDBConnection, store: ClickHouseStore): Promise<number> {
  const staged = (await conn.runAndReadAll('SELECT import_id, source, line, raw, reason FROM quarantine'))
    .getRowObjectsJS()
    .map(plainNumbers);
  const sources = [...new Set(staged.map((r) => String(r.source)))];
  if (sources.length === 0) return 0;
  const Stored = z.object({ line: z.number().nullable(), raw: z.string().nullable() });
  const stored = await chRows(
    store,
    `SELECT line, raw FROM quarantine WHERE source IN (${sources.map((s) => chLiteral(s)).join(', ')})`,
    null,
    Stored,
  );
  const key = (line: unknown, raw: unknown) => JSON.stringify([line ?? null, raw ?? null]);
  const seen = new Set(stored.map((r) => key(r.line, r.raw)));
  const fresh = staged.filter((r) => !seen.has(key(r.line, r.raw)));
  for (let i = 0; i < fresh.length; i += 100_000)
    await insertBatch(store, 'quarantine', fresh.slice(i, i + 100_000));
  return staged.length - fresh.length;
}

/** The largest `seq` stored (0 for an empty store). */
export async function maxSeq(store: ClickHouseStore): Promise<number> {
  const rows = await chRows(
    store,
    `SELECT max(seq) AS s FROM ${store.tables.events}`,
    null,
    z.object({ s: z.number() }),
  );
  return rows[0]?.s ?? 0;
}

function plainNumbers(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}
