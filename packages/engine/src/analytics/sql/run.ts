import type { DuckDBConnection } from '@duckdb/node-api';
import type { z } from 'zod';
import type { SqlParams } from './params.ts';

/**
 * Runs a DuckDB query with its bound parameters and checks every row against `row`.
 * BIGINT and HUGEINT become numbers (counts and microsecond spans stay below 2^53) and
 * timestamps ISO strings, so results serialise as plain JSON.
 */
export async function queryRows<Row extends z.ZodType>(
  conn: DuckDBConnection,
  sql: string,
  params: SqlParams,
  row: Row,
): Promise<z.output<Row>[]> {
  if (params.dialect !== 'duckdb') throw new Error(`queryRows runs DuckDB SQL, not ${params.dialect}`);
  const reader = await conn.runAndReadAll(sql, params.values);
  return reader.getRowObjectsJS().map((r) => row.parse(plain(r)));
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
