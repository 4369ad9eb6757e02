/**
 * The one place where values enter SQL text. DuckDB table functions (`read_csv`, …) take
 * their options as literals, so file names, column names and labels are escaped here and
 * never interpolated by hand elsewhere.
 */

/** A SQL string literal: `it's` → `'it''s'`. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier: `case:concept:name` → `"case:concept:name"`. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A SQL list literal of strings: `['a', 'b']`. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]`;
}

/** A JSON path that addresses each dot-separated segment as a key: `a.b` → `$."a"."b"`. */
export function jsonPath(dotted: string): string {
  return `$${dotted
    .split('.')
    .map((key) => `."${key.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)
    .join('')}`;
}

/**
 * SQL of a VARCHAR with surrounding spaces removed and '' as NULL. DuckDB's trim() is slow
 * (it walks UTF-8), so it only runs on values that start or end with a space.
 */
export function sqlClean(expr: string): string {
  return `(CASE WHEN starts_with(${expr}, ' ') OR ends_with(${expr}, ' ') THEN nullif(trim(${expr}), '') ELSE nullif(${expr}, '') END)`;
}
