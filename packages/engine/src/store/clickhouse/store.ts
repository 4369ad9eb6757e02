import { type ClickHouseClient, ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { z } from 'zod';
import type { SqlParams } from '../../analytics/sql/params.ts';
import type { DuckDbStore } from '../duckdb.ts';
import { chIdentifier, inlineParams } from './escape.ts';
import { createShardedTables, migrateClickHouse } from './schema.ts';
import type { ClickHouseAddress } from './url.ts';

/** An open ClickHouse event store: the same tables and analyses as the DuckDB store. */
export interface ClickHouseStore {
  readonly kind: 'clickhouse';
  readonly client: ClickHouseClient;
  readonly address: ClickHouseAddress;
  /**
   * The tables events are written to and analyses read: `events` and `customer_events`, or
   * on a cluster the Distributed `events_all` and the view `customer_events_all` over it.
   */
  readonly tables: { readonly events: string; readonly customerEvents: string };
  close(): Promise<void>;
}

/** The store an analysis reads: the embedded DuckDB one or a ClickHouse one. */
export type EventStore = DuckDbStore | ClickHouseStore;

/** Settings every request sends; all exist in ClickHouse 18.16. */
const SETTINGS = {
  // 64-bit counts and microseconds as JSON numbers (they stay below 2^53)
  output_format_json_quote_64bit_integers: 0,
  // long analyses keep the connection busy with progress headers instead of idling out
  send_progress_in_http_headers: 1,
  // a write to a Distributed table returns once every shard has its rows
  insert_distributed_sync: 1,
  http_headers_progress_interval_ms: '10000',
} as const;

function clientFor(address: ClickHouseAddress, database: string): ClickHouseClient {
  return createClient({
    url: address.origin,
    username: address.username,
    password: address.password,
    database,
    clickhouse_settings: SETTINGS,
    request_timeout: 3_600_000,
    // failures reach the caller as errors; the client's own log would repeat them
    log: { level: ClickHouseLogLevel.OFF },
  });
}

/**
 * Opens the ClickHouse store at `address`: creates the database if needed and runs the
 * pending migrations (`schema.ts`). Fails with a clear message when the server does not
 * answer.
 */
export async function openClickHouseStore(address: ClickHouseAddress): Promise<ClickHouseStore> {
  const admin = clientFor(address, 'default');
  try {
    await admin.command({ query: `CREATE DATABASE IF NOT EXISTS ${chIdentifier(address.database)}` });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach ClickHouse at ${address.origin} as ${address.username}: ${message}`);
  } finally {
    await admin.close();
  }
  const client = clientFor(address, address.database);
  await migrateClickHouse(client);
  if (address.cluster) await createShardedTables(client, address.database, address.cluster);
  const tables = address.cluster
    ? { events: 'events_all', customerEvents: 'customer_events_all' }
    : { events: 'events', customerEvents: 'customer_events' };
  return { kind: 'clickhouse', client, address, tables, close: () => client.close() };
}

/** Whether `store` is a ClickHouse store (the DuckDB store has no `kind`). */
export function isClickHouseStore(store: EventStore): store is ClickHouseStore {
  return (store as { kind?: unknown }).kind === 'clickhouse';
}

/** Runs a statement that returns nothing. */
export async function chCommand(store: ClickHouseStore, query: string): Promise<void> {
  await store.client.command({ query });
}

/**
 * Runs a query with its bound values written in as literals and checks every row against
 * `row`. ClickHouse 18.16 has no Bool type: 0/1 become false/true where `row` expects a
 * boolean, so rows parse exactly as the DuckDB runner's do.
 */
export async function chRows<Row extends z.ZodObject>(
  store: ClickHouseStore,
  sql: string,
  params: SqlParams | null,
  row: Row,
): Promise<z.output<Row>[]> {
  if (params && params.dialect !== 'clickhouse')
    throw new Error(`chRows runs ClickHouse SQL, not ${params.dialect}`);
  const query = params ? inlineParams(sql, params) : sql;
  const result = await store.client.query({ query, format: 'JSONEachRow' });
  const booleans = Object.entries(row.shape)
    .filter(([, s]) => unwrap(s) instanceof z.ZodBoolean)
    .map(([k]) => k);
  return (await result.json<Record<string, unknown>>()).map((r) => {
    for (const key of booleans) if (typeof r[key] === 'number') r[key] = r[key] !== 0;
    return row.parse(r);
  });
}

function unwrap(schema: unknown): unknown {
  let s = schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap();
  return s;
}
