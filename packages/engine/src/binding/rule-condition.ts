import type { MatchRule } from '@opencjm/core';
import type { SqlParams } from '../analytics/sql/params.ts';

/**
 * Compiles one touchpoint's match rule to a SQL condition over `customer_events` columns.
 * Every given field must match: `event` (a name or a list, `*` wildcards), `channel` and
 * `source` (exact), `url` (`*` wildcards), `properties` (each key equal, read from the
 * JSON column). A rule with no fields returns null: an empty rule is an unfinished one,
 * and binding every event to it would hide the events the user still has to map.
 */
export function ruleCondition(rule: MatchRule, p: SqlParams): string | null {
  const parts: string[] = [];
  if (rule.event !== undefined) {
    const names = Array.isArray(rule.event) ? rule.event : [rule.event];
    const any = names.map((name) => p.matches('event', name));
    parts.push(any.length === 1 ? (any[0] as string) : `(${any.join(' OR ')})`);
  }
  if (rule.channel !== undefined) parts.push(`channel = ${p.value(rule.channel)}`);
  if (rule.source !== undefined) parts.push(`source = ${p.value(rule.source)}`);
  if (rule.url !== undefined) parts.push(p.matches('url', rule.url));
  for (const [key, value] of Object.entries(rule.properties ?? {})) {
    parts.push(propertyCondition(key, value, p));
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}

function propertyCondition(key: string, value: string | number | boolean, p: SqlParams): string {
  const text =
    p.dialect === 'duckdb'
      ? `json_extract_string(properties, ${p.value(`$."${key.replaceAll('"', '\\"')}"`)})`
      : `visitParamExtractRaw(properties, ${p.value(key)})`;
  if (typeof value === 'number') {
    return p.dialect === 'duckdb'
      ? `TRY_CAST(${text} AS DOUBLE) = ${p.value(value)}`
      : `toFloat64OrNull(${text}) = ${p.value(value)}`;
  }
  if (p.dialect === 'clickhouse' && typeof value === 'string') {
    return `visitParamExtractString(properties, ${p.value(key)}) = ${p.value(value)}`;
  }
  return `${text} = ${p.value(String(value))}`;
}
