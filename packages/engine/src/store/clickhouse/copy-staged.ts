import { randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { chLiteral } from './escape.ts';
import { type EventRow, insertBatch } from './insert.ts';
import { type ClickHouseStore, chCommand, chRows } from './store.ts';

const Staged = z.object({
  event_id: z.string(),
  t: z.coerce.number(),
  seq: z.coerce.number(),
  event: z.string(),
  customer_ref: z.string(),
  identifiers: z.array(z.string()),
  channel: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().nullable(),
  score: z.number().nullable(),
  value: z.number().nullable(),
  properties: z.string().nullable(),
  import_id: z.string(),
  line: z.coerce.number().nullable(),
});

/**
 * Moves the events, quarantine and import record of one staged import from a DuckDB
 * workspace to ClickHouse, in batches of `batchRows` in file order. Each batch first asks
 * ClickHouse which of its ids an earlier import stored (through a small Memory table of
 * the batch's ids, since 18.16 has no query parameters and an IN list would exceed the
 * query size), then writes the others in one INSERT with `seq` continued from the largest
 * stored. Returns how many events were left out as already stored, and how many bad rows
 * as already quarantined; the import record counts both as duplicates.
 */
export async function copyStaged(
  store: ClickHouseStore,
  conn: DuckDBConnection,
  staged: {
    importId: string;
    batchRows: number;
    /** The largest stored seq: the staged rows continue from it. */
    seqBase: number;
    /** The customer of an identifier, as stitched with the staged rows (cluster stores). */
    customers?: ReadonlyMap<string, string>;
  },
): Promise<{ existing: number; requarantined: number }> {
  const { importId, batchRows, seqBase: base, customers } = staged;
  const ids = `import_ids_${randomBytes(6).toString('hex')}`;
  await chCommand(store, `CREATE TABLE ${ids} (event_id String) ENGINE = Memory`);
  let existing = 0;
  try {
    let after = -1n;
    for (;;) {
      const reader = await conn.runAndReadAll(
        `SELECT event_id, epoch_us(ts) AS t, seq, event, customer_ref, identifiers, channel, source, url, text,
           score, value, properties::VARCHAR AS properties, import_id, line
         FROM events WHERE seq > ${after} ORDER BY seq LIMIT ${batchRows}`,
      );
      const rows = reader.getRowObjectsJS().map((r) => Staged.parse(r));
      if (rows.length === 0) break;
      after = BigInt(rows[rows.length - 1]?.seq ?? 0);
      const stored = await storedIds(store, ids, rows, importId);
      existing += stored.size;
      const fresh: EventRow[] = rows
        .filter((r) => !stored.has(r.event_id))
        .map((r) => ({
          ...r,
          seq: base + r.seq,
          shard_key: customers?.get(r.customer_ref) ?? r.customer_ref,
        }));
      await insertBatch(store, store.tables.events, fresh);
    }
  } finally {
    await chCommand(store, `DROP TABLE IF EXISTS ${ids}`);
  }
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

/** The ids of `rows` that an import other than `importId` stored. */
async function storedIds(
  store: ClickHouseStore,
  table: string,
  rows: readonly { event_id: string }[],
  importId: string,
): Promise<Set<string>> {
  await chCommand(store, `TRUNCATE TABLE ${table}`);
  await insertBatch(
    store,
    table,
    rows.map((r) => ({ event_id: r.event_id })),
  );
  const found = await chRows(
    store,
    `SELECT DISTINCT event_id FROM ${store.tables.events}
     WHERE event_id GLOBAL IN (SELECT event_id FROM ${table}) AND import_id != ${chLiteral(importId)}`,
    null,
    z.object({ event_id: z.string() }),
  );
  return new Set(found.map((r) => r.event_id));
}

function plainNumbers(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}
