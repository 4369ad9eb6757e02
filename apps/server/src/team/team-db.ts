import type { DuckDbStore } from '@opencjm/engine';

type Connection = Awaited<ReturnType<DuckDbStore['connect']>>;

/** A value bound to a `$n` parameter. */
export type SqlValue = string | number | boolean | null;

/** One row as DuckDB gives it to JavaScript. */
export type SqlRow = Record<string, unknown>;

/**
 * The accounts tables (users, sessions, keys, shares, comments, activity, audit) on a
 * connection of their own: signing in and checking a session never wait behind an
 * import, which holds the main connection for minutes.
 */
export interface TeamDb {
  rows(sql: string, values?: readonly SqlValue[]): Promise<SqlRow[]>;
}

/** A {@link TeamDb} on `conn`. */
export function teamDb(conn: Connection): TeamDb {
  return {
    async rows(sql, values = []) {
      return (await conn.runAndReadAll(sql, [...values])).getRowObjectsJS();
    },
  };
}

/** DuckDB's `epoch_ms(…)` as ISO 8601, or null. */
export function isoOrNull(epochMs: unknown): string | null {
  return epochMs === null || epochMs === undefined ? null : new Date(Number(epochMs)).toISOString();
}

/** DuckDB's `epoch_ms(…)` of a NOT NULL column as ISO 8601. */
export function iso(epochMs: unknown): string {
  return new Date(Number(epochMs)).toISOString();
}

/** A JSON column as a string array (ids, origins, change kinds). */
export function stringArray(json: unknown): string[] {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  return Array.isArray(value) ? value.map(String) : [];
}
