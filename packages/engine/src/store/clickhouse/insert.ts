import type { ClickHouseStore } from './store.ts';

/** One row of the ClickHouse `events` table, as JSONEachRow sends it. */
export interface EventRow {
  event_id: string;
  t: number;
  seq: number;
  event: string;
  customer_ref: string;
  identifiers: string[];
  channel: string | null;
  source: string | null;
  url: string | null;
  text: string | null;
  score: number | null;
  value: number | null;
  properties: string | null;
  import_id: string;
  line: number | null;
  /** The customer the row was stitched to when imported (what a cluster shards by). */
  shard_key: string;
}

/** Largest batch written by one INSERT: below max_insert_block_size, so one block, one part. */
export const MAX_BATCH_ROWS = 500_000;

/**
 * Writes `rows` to `table` as one INSERT. ClickHouse makes one block of an INSERT no larger
 * than `max_insert_block_size` and writes a block of an unpartitioned MergeTree table as
 * one part, atomically: a batch that fails (a bad value, a dropped connection) leaves none
 * of its rows visible.
 */
export async function insertBatch(
  store: ClickHouseStore,
  table: string,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length > MAX_BATCH_ROWS)
    throw new Error(`a batch holds at most ${MAX_BATCH_ROWS} rows, got ${rows.length}`);
  await store.client.insert({
    table,
    values: rows as object[],
    format: 'JSONEachRow',
    clickhouse_settings: {
      max_insert_block_size: String(MAX_BATCH_ROWS + 1),
      input_format_skip_unknown_fields: 0,
    },
  });
}
