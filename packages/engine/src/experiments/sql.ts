import { orderKey } from '../analytics/sql/order-key.ts';

/** The bound parts of the experiment query. */
export interface ExperimentParts {
  /** Condition on `event`: the exposure. */
  exposure: string;
  /** Text expression: the variant of an exposure event. */
  variant: string;
  /** Condition on `event`: the goal. */
  goal: string;
  /** Placeholder of the window in µs, or null for no limit. */
  window: string | null;
  /** Numeric expression summed over the goal events, or null. */
  value: string | null;
}

/**
 * One row per variant seen: customers, conversions and the per-customer value's mean and
 * sample variance, over the customers exposed to exactly one variant. A customer's
 * exposure is their first exposure event that names a variant (by ts, then seq); they
 * convert when a goal event follows it (strictly later in journey order) within the
 * window; their value is the sum of the value field over those goal events (0 without).
 * Two more rows count the customers left out: `kind` 'mixed' (exposed to several
 * variants) and 'unlabelled' (exposures without the variant property).
 */
export function experimentSql(parts: ExperimentParts): string {
  const key = orderKey(0, '0');
  const within = parts.window ? ` AND g.t <= x.t + ${parts.window}` : '';
  return `
  WITH exposures AS (
    SELECT customer_id, ${key} AS k, epoch_us(ts) AS t, ${parts.variant} AS variant
    FROM customer_events WHERE ${parts.exposure}),
  exposed AS (
    SELECT customer_id, arg_min(variant, k) AS variant, min(k) AS k, arg_min(t, k) AS t,
      count(DISTINCT variant) AS variants
    FROM exposures WHERE variant IS NOT NULL GROUP BY customer_id),
  goals AS (
    SELECT customer_id, ${key} AS k, epoch_us(ts) AS t, ${parts.value ?? 'NULL::DOUBLE'} AS v
    FROM customer_events WHERE ${parts.goal}),
  outcome AS (
    SELECT x.customer_id, x.variant, count(g.k) > 0 AS converted, coalesce(sum(g.v), 0) AS value
    FROM exposed x LEFT JOIN goals g ON g.customer_id = x.customer_id AND g.k > x.k${within}
    WHERE x.variants = 1
    GROUP BY x.customer_id, x.variant)
  SELECT 'variant' AS kind, variant, count(*) AS customers, count(*) FILTER (WHERE converted) AS conversions,
    avg(value) AS value_mean, coalesce(var_samp(value), 0) AS value_variance
  FROM outcome GROUP BY variant
  UNION ALL
  SELECT 'mixed', NULL, count(*), 0, NULL, NULL FROM exposed WHERE variants > 1
  UNION ALL
  SELECT 'unlabelled', NULL, count(DISTINCT customer_id), 0, NULL, NULL FROM exposures
  WHERE customer_id NOT IN (SELECT customer_id FROM exposed)`;
}
