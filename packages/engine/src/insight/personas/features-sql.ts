import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';

/** What the customer-features query is built from; values inside are bound placeholders. */
export interface FeaturesParts {
  /** Events with `stage_no` (bound_events with a map, else customer_events with a NULL column). */
  readonly relation: string;
  /** Condition: the event is a conversion (e.g. a purchase). */
  readonly converted: string;
  /** Inactivity that ends a session, µs: dwell is measured only within a session. */
  readonly gap: string;
  /** Expressions of each attribute's text in `properties`, in order. */
  readonly attributes: readonly string[];
}

/**
 * One row per customer, ordered by customer id: event count, active days (distinct dates in
 * the session time zone), total value, furthest stage (1-based map position), whether they
 * converted, median dwell (µs to the next event within a session), events per channel, and
 * each attribute's latest non-null value (by ts, then seq). DuckDB only.
 */
export const featuresSql: Pick<DialectSql<FeaturesParts>, 'duckdb'> = {
  duckdb: ({ relation, converted, gap, attributes }) => `
    WITH ev AS (
      SELECT *, ${orderKey(0, '0')} AS k,
        CASE WHEN lead(epoch_us(ts)) OVER w - epoch_us(ts) <= ${gap}
          THEN lead(epoch_us(ts)) OVER w - epoch_us(ts) END AS dwell
      FROM ${relation} WINDOW w AS (PARTITION BY customer_id ORDER BY ts, seq)),
    per_channel AS (
      SELECT customer_id, list({'channel': channel, 'n': n} ORDER BY channel) AS channels
      FROM (SELECT customer_id, channel, count(*) AS n FROM ev WHERE channel IS NOT NULL GROUP BY ALL)
      GROUP BY customer_id)
    SELECT customer_id, count(*) AS events, count(DISTINCT CAST(ts AS DATE)) AS days,
      coalesce(sum(value), 0) AS value, max(stage_no) AS furthest, coalesce(bool_or(${converted}), false) AS converted,
      median(dwell) AS median_dwell_us, any_value(per_channel.channels) AS channels,
      [${attributes.map((a) => `arg_max(${a}, k) FILTER (WHERE ${a} IS NOT NULL)`).join(', ')}]::VARCHAR[] AS attributes
    FROM ev LEFT JOIN per_channel USING (customer_id)
    GROUP BY customer_id
    ORDER BY customer_id`,
};
