import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';
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

/**
 * Sends a newline-delimited JSON file (as DuckDB's `COPY … (FORMAT json)` writes it) as
 * the body of one `INSERT INTO table FORMAT JSONEachRow`, streamed from disk: no row
 * becomes a JS object. The file holds at most MAX_BATCH_ROWS rows (the caller's batch), so
 * it is one block and one part, all or nothing, as with `insertBatch`. Sent through
 * `exec` with a byte stream: the client's `insert` takes JSON formats only as streams of
 * objects, which would parse and re-serialise every row.
 */
export async function insertJsonFile(store: ClickHouseStore, table: string, file: string): Promise<void> {
  const answer = await store.client.exec({
    query: `INSERT INTO ${table} FORMAT JSONEachRow`,
    values: createReadStream(file),
    clickhouse_settings: {
      max_insert_block_size: String(MAX_BATCH_ROWS + 1),
      input_format_skip_unknown_fields: 0,
    },
  });
  answer.stream.resume();
  await finished(answer.stream);
}
