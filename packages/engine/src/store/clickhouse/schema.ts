import type { ClickHouseClient } from '@clickhouse/client';

/**
 * Numbered ClickHouse store migrations, each a list of statements; the last applied
 * number is kept in `store_version`. Append new steps; never edit an applied one. Written
 * for ClickHouse 18.16 and later (no Nullable in sort keys, no JSON or DateTime64 types:
 * instants are Int64 microseconds, properties JSON text).
 */
export const CLICKHOUSE_MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      // One row per event. Sorted by the customer's first identifier and time, so a
      // journey is read in order from adjacent rows. Import checks ids before writing, so
      // an event_id is stored once; ReplacingMergeTree also folds rows repeated by two
      // imports running at once when parts merge.
      `CREATE TABLE IF NOT EXISTS events (
        event_id String,
        t Int64,                          -- instant, µs since the epoch (UTC)
        seq Int64,                        -- global arrival order: ties on t keep file order
        event String,
        customer_ref String,              -- first identifier of the row as 'type:value'
        identifiers Array(String),
        channel Nullable(String),
        source Nullable(String),
        url Nullable(String),
        text Nullable(String),
        score Nullable(Float64),
        value Nullable(Float64),
        properties Nullable(String),      -- JSON text
        import_id String,
        line Nullable(Int64)
      ) ENGINE = ReplacingMergeTree ORDER BY (customer_ref, t, event_id)`,
      `CREATE TABLE IF NOT EXISTS identity (identifier String, customer_id String)
        ENGINE = MergeTree ORDER BY identifier`,
      `CREATE TABLE IF NOT EXISTS identity_merges (
        identifier_a String, identifier_b String, merged UInt8, reason String, import_id Nullable(String)
      ) ENGINE = MergeTree ORDER BY tuple()`,
      `CREATE TABLE IF NOT EXISTS quarantine (
        import_id String, source String, line Nullable(Int64), raw Nullable(String), reason String
      ) ENGINE = MergeTree ORDER BY import_id`,
      `CREATE TABLE IF NOT EXISTS imports (
        import_id String, source String, started_at String, read UInt64, accepted UInt64,
        quarantined UInt64, duplicates UInt64
      ) ENGINE = MergeTree ORDER BY import_id`,
      // What the last stitch read: events count and largest seq. Differs from events after
      // an import whose stitch did not finish; the store is then stitched on open.
      `CREATE TABLE IF NOT EXISTS stitched (events UInt64, seq Int64, at DateTime DEFAULT now())
        ENGINE = MergeTree ORDER BY at`,
      // Every analysis reads this view: one row per event with the stitched customer.
      customerEventsView('customer_events', 'events', ''),
    ],
  },
  {
    version: 2,
    statements: [
      // The customer a row was stitched to when it was imported: what a cluster shards by,
      // so the events of a customer imported together lie on one shard.
      'ALTER TABLE events ADD COLUMN shard_key String',
    ],
  },
];

/** Whether `query` adds a column (`ALTER TABLE t ADD COLUMN c …`) that the table already has. */
async function columnExists(client: ClickHouseClient, query: string): Promise<boolean> {
  const added = /^ALTER TABLE (\w+) ADD COLUMN (\w+)/.exec(query);
  if (!added) return false;
  const found = await client.query({
    query: `SELECT count() AS n FROM system.columns
      WHERE database = currentDatabase() AND table = '${added[1]}' AND name = '${added[2]}'`,
    format: 'JSONEachRow',
  });
  return Number((await found.json<{ n: number | string }>())[0]?.n ?? 0) > 0;
}

/** The view of each event with its stitched customer over `events`; `GLOBAL` ships identity to shards. */
function customerEventsView(name: string, events: string, join: '' | 'GLOBAL '): string {
  return `CREATE VIEW IF NOT EXISTS ${name} AS
    SELECT if(stitched_id = '', customer_ref, stitched_id) AS customer_id, event_id, t, seq, event,
      customer_ref, identifiers, channel, source, url, text, score, value, properties, import_id, line
    FROM ${events} ${join}ANY LEFT JOIN (SELECT identifier AS customer_ref, customer_id AS stitched_id FROM identity)
      USING (customer_ref)`;
}

/**
 * Several machines: `events_all`, a Distributed table over the local `events` of every
 * shard of `cluster`, sharded by `shard_key` (the stitched customer at import), and the view
 * `customer_events_all` over it. Identity, imports and the quarantine stay on the node the
 * URL names (they are small); the view joins identity GLOBAL, so shards receive it. Each
 * shard needs the store's local tables first (open the store on it once, or create them
 * ON CLUSTER where ClickHouse Keeper runs; docs/scale.md).
 */
export async function createShardedTables(
  client: ClickHouseClient,
  database: string,
  cluster: string,
): Promise<void> {
  // a Distributed table of an earlier version (sharded by customer_ref) is made anew:
  // it holds no data of its own
  const found = await client.query({
    query: "SELECT engine_full FROM system.tables WHERE database = currentDatabase() AND name = 'events_all'",
    format: 'JSONEachRow',
  });
  const engine = (await found.json<{ engine_full: string }>())[0]?.engine_full;
  if (engine !== undefined && !engine.includes('shard_key')) {
    await client.command({ query: 'DROP TABLE IF EXISTS customer_events_all' });
    await client.command({ query: 'DROP TABLE events_all' });
  }
  await client.command({
    query: `CREATE TABLE IF NOT EXISTS events_all AS events
      ENGINE = Distributed(${cluster}, ${database}, events, sipHash64(shard_key))`,
  });
  await client.command({ query: customerEventsView('customer_events_all', 'events_all', 'GLOBAL ') });
}

/** Brings a ClickHouse database to the newest store version; safe to call on every open. */
export async function migrateClickHouse(client: ClickHouseClient): Promise<number> {
  await client.command({
    query: 'CREATE TABLE IF NOT EXISTS store_version (version UInt32) ENGINE = TinyLog',
  });
  const result = await client.query({
    query: 'SELECT max(version) AS v FROM store_version',
    format: 'JSONEachRow',
  });
  const rows = await result.json<{ v: number | string }>();
  let current = Number(rows[0]?.v ?? 0);
  for (const step of CLICKHOUSE_MIGRATIONS) {
    if (step.version <= current) continue;
    // ClickHouse has no transactions: every statement is idempotent (IF NOT EXISTS, or a
    // column added only when missing: 18.16 has no ADD COLUMN IF NOT EXISTS), so a
    // migration cut off halfway is completed by the next open.
    for (const query of step.statements) {
      if (await columnExists(client, query)) continue;
      await client.command({ query });
    }
    await client.command({ query: `INSERT INTO store_version VALUES (${step.version})` });
    current = step.version;
  }
  // A stitch swaps `identity_next` in for `identity`; one cut off between the two renames
  // leaves `identity_prev`, which is put back.
  const tables = await client.query({
    query: "SELECT name FROM system.tables WHERE database = currentDatabase() AND name LIKE 'identity%'",
    format: 'JSONEachRow',
  });
  const names = new Set((await tables.json<{ name: string }>()).map((r) => r.name));
  if (!names.has('identity') && names.has('identity_prev')) {
    await client.command({ query: 'RENAME TABLE identity_prev TO identity' });
  }
  for (const leftover of ['identity_next', 'identity_merges_next']) {
    if (names.has(leftover)) await client.command({ query: `DROP TABLE ${leftover}` });
  }
  return current;
}
