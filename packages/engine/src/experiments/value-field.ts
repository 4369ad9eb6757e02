import type { SqlParams } from '../analytics/sql/params.ts';

/**
 * SQL of a numeric field of an event: the `value` column for `value`, otherwise the
 * property of that name read from `properties` as DOUBLE (NULL when absent or not a
 * number). The name is bound as a JSON path, never spliced into the text.
 *
 * @example valueField(p, 'revenue') // TRY_CAST(json_extract_string(properties, $p1) AS DOUBLE)
 */
export function valueField(p: SqlParams, field: string): string {
  if (field === 'value') return 'value';
  return `TRY_CAST(${propertyField(p, field)} AS DOUBLE)`;
}

/** SQL of a property of an event as text (NULL when absent). */
export function propertyField(p: SqlParams, name: string): string {
  return `json_extract_string(properties, ${p.value(`$."${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)})`;
}
