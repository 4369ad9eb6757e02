import type { Dialect } from './dialect.ts';

/** A value bound into a query. */
export type SqlValue = string | number | bigint | boolean | null;

/**
 * The one place where values enter SQL: every event name, customer id, pattern and window
 * is bound as a named parameter (`$p1` in DuckDB, `{p1:Type}` in ClickHouse), never spliced
 * into the text. Column names come only from the code's own enums.
 *
 * @example
 * const p = new SqlParams('duckdb');
 * const sql = `SELECT count(*) FROM customer_events WHERE ${p.matches('event', 'page_*')}`;
 * await conn.runAndReadAll(sql, p.values);
 */
export class SqlParams {
  /** Values by parameter name, as the DuckDB client takes them. */
  readonly values: Record<string, SqlValue> = {};
  #count = 0;

  constructor(readonly dialect: Dialect = 'duckdb') {}

  /** Binds a value and returns its placeholder. */
  value(value: SqlValue): string {
    this.#count += 1;
    const name = `p${this.#count}`;
    this.values[name] = value;
    return this.dialect === 'duckdb' ? `$${name}` : `{${name}:${clickHouseType(value)}}`;
  }

  /** A parenthesised list of placeholders, for `IN (…)`. */
  list(values: readonly SqlValue[]): string {
    return `(${values.map((v) => this.value(v)).join(', ')})`;
  }

  /**
   * A condition that `column` matches `pattern`: equality, or — when the pattern holds `*`
   * (any run of characters) — a LIKE whose own `%`, `_` and `\` are escaped.
   */
  matches(column: string, pattern: string): string {
    if (!pattern.includes('*')) return `${column} = ${this.value(pattern)}`;
    const like = this.value(likePattern(pattern));
    return this.dialect === 'duckdb' ? `${column} LIKE ${like} ESCAPE '\\'` : `like(${column}, ${like})`;
  }
}

/**
 * A quoted SQL string literal, for the few places a parameter cannot go (table-function
 * arguments such as a file path in DuckDB's `read_csv`). Prefer {@link SqlParams.value}.
 */
export function sqlLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Turns a `*` wildcard pattern into a LIKE pattern with backslash escapes. */
export function likePattern(pattern: string): string {
  return pattern.replace(/[\\%_]/g, (c) => `\\${c}`).replaceAll('*', '%');
}

function clickHouseType(value: SqlValue): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int64' : 'Float64';
  if (typeof value === 'bigint') return 'Int64';
  if (typeof value === 'boolean') return 'UInt8';
  return 'Nullable(String)';
}
