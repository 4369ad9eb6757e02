import { z } from 'zod';

/**
 * SQL dialects an analytics query is written in. DuckDB runs now (the embedded store);
 * the ClickHouse text sits beside it in each query file for the ClickHouse store to come,
 * written for ClickHouse 18.16 (arrays, `arrayJoin`, `windowFunnel`; no window functions,
 * no CTEs) and not executed yet.
 */
export const Dialect = z.enum(['duckdb', 'clickhouse']);
export type Dialect = z.infer<typeof Dialect>;

/** One query in both dialects: each builds its SQL from the same typed parts. */
export interface DialectSql<Parts> {
  readonly duckdb: (parts: Parts) => string;
  readonly clickhouse: (parts: Parts) => string;
}
