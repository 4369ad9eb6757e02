import { keyMicros, orderKey } from '../analytics/sql/order-key.ts';

/** The bound parts of the path query. */
export interface PathParts {
  /** FROM item: customer_events, or bound_events with a map. */
  relation: string;
  /** Column naming the channel or touchpoint; events where it is NULL are not touches. */
  column: string;
  /** Condition on `event`: the conversion. */
  conversion: string;
  /** Placeholder of the look-back in µs. */
  lookback: string;
  /** Numeric expression: the value of an event. */
  value: string;
}

/**
 * One row per distinct path with its customers who converted, who did not, and the value
 * of the converters' first conversions. A converter's path: their touches strictly before
 * the first conversion (by ts, then seq) and at most the look-back before it; anyone
 * else's: all their touches. Customers without a touch have the empty path.
 */
export function pathsSql(parts: PathParts): string {
  const key = orderKey(0, '0');
  return `
  WITH ev AS (
    SELECT customer_id, ${parts.column} AS label, ${key} AS k, ${parts.conversion} AS is_conversion, ${parts.value} AS v
    FROM ${parts.relation}),
  customers AS (
    SELECT customer_id, min(k) FILTER (WHERE is_conversion) AS first_k,
      arg_min(v, k) FILTER (WHERE is_conversion) AS value
    FROM ev GROUP BY customer_id),
  paths AS (
    SELECT c.customer_id, c.first_k IS NOT NULL AS converted, c.value,
      coalesce(list(e.label ORDER BY e.k) FILTER (WHERE e.label IS NOT NULL AND (c.first_k IS NULL
        OR (e.k < c.first_k AND ${keyMicros('e.k')} >= ${keyMicros('c.first_k')} - ${parts.lookback}))), []) AS path
    FROM customers c JOIN ev e USING (customer_id)
    GROUP BY c.customer_id, c.first_k, c.value)
  SELECT path, count(*) FILTER (WHERE converted) AS conversions, count(*) FILTER (WHERE NOT converted) AS nulls,
    coalesce(sum(value) FILTER (WHERE converted), 0) AS value, count(value) FILTER (WHERE converted) AS valued
  FROM paths GROUP BY path`;
}
