import type { SqlParams, SqlValue } from '../../analytics/sql/params.ts';

/**
 * The one place where values enter ClickHouse SQL text. ClickHouse 18.16 (Debian's
 * package) has no query parameters, so every value becomes a literal here: strings with
 * ClickHouse's backslash escapes, integers and bigints as Int64, booleans as 0/1.
 */
export function chLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'bigint') return `toInt64(${value.toString()})`;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return `toInt64(${value})`;
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
    return `toFloat64(${value})`;
  }
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`).replace(/\0/g, '\\0')}'`;
}

/** A ClickHouse identifier in backquotes (database and table names). */
export function chIdentifier(name: string): string {
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
}

/**
 * Replaces the `{pN:Type}` placeholders that {@link SqlParams} writes for ClickHouse with
 * the literals of their values, in one pass (a value that looks like a placeholder stays
 * text). A placeholder without a value is an error naming it.
 */
export function inlineParams(sql: string, params: SqlParams): string {
  return sql.replace(/\{(p\d+):[A-Za-z0-9()]+\}/g, (_, name: string) => {
    if (!(name in params.values)) throw new Error(`ClickHouse query: no value bound for {${name}}`);
    return chLiteral(params.values[name] ?? null);
  });
}
