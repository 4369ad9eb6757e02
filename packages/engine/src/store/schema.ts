import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Numbered store migrations. Each runs once, in order, inside one transaction, and the
 * number of the last one applied is kept in `store_version`. Append new steps; never
 * edit an applied one.
 */
export const STORE_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (
        event_id VARCHAR NOT NULL,      -- given by the source, or a hash of source and content
        ts TIMESTAMPTZ NOT NULL,        -- instant of the event; zone kept by being absolute
        seq BIGINT NOT NULL,            -- global arrival order: ties on ts keep file order
        event VARCHAR NOT NULL,         -- event name / activity
        customer_ref VARCHAR NOT NULL,  -- first identifier of the row as 'type:value'
        identifiers VARCHAR[] NOT NULL, -- every identifier of the row as 'type:value'
        channel VARCHAR,
        source VARCHAR,
        url VARCHAR,
        text VARCHAR,
        score DOUBLE,
        value DOUBLE,
        properties JSON,
        import_id VARCHAR NOT NULL,     -- the import batch that brought the row
        line BIGINT                     -- line (or record number) in the source file
      );
      CREATE TABLE identity (
        identifier VARCHAR NOT NULL,    -- 'type:value', normalised
        customer_id VARCHAR NOT NULL    -- the stitched customer
      );
      CREATE TABLE quarantine (
        import_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,        -- file name
        line BIGINT,
        raw VARCHAR,
        reason VARCHAR NOT NULL
      );
      CREATE TABLE imports (
        import_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        started_at TIMESTAMPTZ NOT NULL,
        read BIGINT NOT NULL,
        accepted BIGINT NOT NULL,
        quarantined BIGINT NOT NULL,
        duplicates BIGINT NOT NULL
      );
      -- Every analysis reads this view: one row per event with the stitched customer.
      CREATE VIEW customer_events AS
        SELECT coalesce(i.customer_id, e.customer_ref) AS customer_id, e.*
        FROM events e LEFT JOIN identity i ON i.identifier = e.customer_ref;
    `,
  },
  {
    version: 2,
    sql: `
      -- Audit of identity stitching: every union of two identifiers, and every union refused
      -- (e.g. a customer would absorb more e-mails than the cap). Rewritten by each stitch.
      CREATE TABLE identity_merges (
        identifier_a VARCHAR NOT NULL,  -- 'type:value'
        identifier_b VARCHAR NOT NULL,
        merged BOOLEAN NOT NULL,        -- false: the union was refused
        reason VARCHAR NOT NULL,
        import_id VARCHAR               -- import of the first row that showed both together
      );
    `,
  },
  {
    version: 3,
    sql: `
      -- Journeys, derived from customer_events by refreshJourneys (store/journeys.ts) so
      -- that analyses read each customer's order instead of sorting 10 M events per query.
      -- One row per event; prev_X / X_gap / X_last look only at the events where X is set.
      CREATE TABLE journey_events (
        customer_id VARCHAR NOT NULL,
        t BIGINT NOT NULL,              -- ts in µs since the epoch
        seq BIGINT NOT NULL,
        event VARCHAR NOT NULL,
        channel VARCHAR,
        next_t BIGINT,                  -- µs of the customer's next event (NULL: the last)
        prev_event VARCHAR,             -- the customer's previous event name
        event_gap BIGINT,               -- µs since it
        event_last BOOLEAN NOT NULL,
        prev_channel VARCHAR,           -- the previous event's channel that is not NULL
        channel_gap BIGINT,             -- µs since that event
        channel_last BOOLEAN NOT NULL   -- no later event has a channel
      );
      -- One row per customer: the whole journey in order (events ordered by ts, then seq).
      CREATE TABLE journey_paths (
        customer_id VARCHAR NOT NULL,
        events VARCHAR[] NOT NULL,
        channels VARCHAR[] NOT NULL     -- the channels that are not NULL; may be empty
      );
      -- What the journey tables were built from (see FINGERPRINT_SQL in store/journeys.ts); one row at most.
      CREATE TABLE journeys_built (fingerprint VARCHAR NOT NULL);
    `,
  },
  {
    version: 4,
    sql: `
      -- Imports whose identity stitching has not finished: a row is written in the same
      -- transaction as the import's first events and removed in the one that writes the
      -- stitch, so a store killed in between is stitched again when it is opened.
      CREATE TABLE stitch_pending (
        import_id VARCHAR NOT NULL,
        max_ids_per_type INTEGER NOT NULL  -- the import's stitching cap
      );
    `,
  },
];

/** Brings a database to the newest store version; safe to call on every open. */
export async function migrateStore(conn: DuckDBConnection): Promise<number> {
  await conn.run('CREATE TABLE IF NOT EXISTS store_version (version INTEGER NOT NULL)');
  const rows = (await conn.runAndReadAll('SELECT max(version) AS v FROM store_version')).getRowObjects();
  let current = Number(rows[0]?.v ?? 0);
  for (const step of STORE_MIGRATIONS) {
    if (step.version <= current) continue;
    await conn.run('BEGIN TRANSACTION');
    try {
      await conn.run(step.sql);
      await conn.run(`INSERT INTO store_version VALUES (${step.version})`);
      await conn.run('COMMIT');
    } catch (error) {
      await conn.run('ROLLBACK');
      throw error;
    }
    current = step.version;
  }
  return current;
}
