import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../import/sql.ts';
import { insertJsonFile, MAX_BATCH_ROWS } from './insert.ts';
import type { ClickHouseStore } from './store.ts';

/**
 * Writes the staged `events` of a DuckDB workspace to the store in batches of `batchRows`
 * in file order, `seq` continued from `seqBase`. DuckDB writes each batch to a JSON file
 * (`COPY`, no row passes through JS) and the file is the body of one INSERT
 * (`insertJsonFile`: all or nothing); DuckDB writes the next batch while ClickHouse takes
 * the last one. A cluster store routes each row by `customers` (identifier → stitched
 * customer), else by its own first identifier.
 */
export async function writeBatches(
  store: ClickHouseStore,
  conn: DuckDBConnection,
  batch: { batchRows: number; seqBase: number; customers?: ReadonlyMap<string, string>; dir: string },
): Promise<void> {
  const { batchRows, seqBase, customers, dir } = batch;
  if (batchRows > MAX_BATCH_ROWS)
    throw new Error(`a batch holds at most ${MAX_BATCH_ROWS} rows, got ${batchRows}`);
  if (customers) {
    await conn.run('CREATE OR REPLACE TABLE shard_keys (identifier VARCHAR, customer_id VARCHAR)');
    const appender = await conn.createAppender('shard_keys');
    for (const [identifier, customer] of customers) {
      appender.appendVarchar(identifier);
      appender.appendVarchar(customer);
      appender.endRow();
    }
    appender.closeSync();
  }
  const keys = customers ? 'LEFT JOIN shard_keys k ON k.identifier = e.customer_ref' : '';
  const shardKey = customers ? 'coalesce(k.customer_id, e.customer_ref)' : 'e.customer_ref';
  // the last seq of every batch, in file order
  const ends = (
    await conn.runAndReadAll(`SELECT seq FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS n, count(*) OVER () AS total
      FROM events) WHERE n % ${batchRows} = 0 OR n = total ORDER BY seq`)
  )
    .getRows()
    .map((r) => BigInt(String(r[0])));
  let after = -1n;
  let pending: Promise<void> | undefined;
  try {
    for (const [i, end] of ends.entries()) {
      const file = join(dir, `batch-${i % 2}.json`);
      await conn.run(`COPY (SELECT e.event_id, epoch_us(e.ts) AS t, e.seq + ${seqBase} AS seq, e.event, e.customer_ref,
          e.identifiers, e.channel, e.source, e.url, e.text, e.score, e.value, e.properties::VARCHAR AS properties,
          e.import_id, e.line, ${shardKey} AS shard_key
        FROM events e ${keys} WHERE e.seq > ${after} AND e.seq <= ${end}) TO ${sqlString(file)} (FORMAT json)`);
      await pending;
      pending = insertJsonFile(store, store.tables.events, file);
      // awaited at the next batch or below; until then a failure must not count as unhandled
      pending.catch(() => undefined);
      after = end;
    }
  } catch (error) {
    // no insert left running after a failure: the caller removes the batch files
    await pending?.catch(() => undefined);
    throw error;
  }
  await pending;
}
