import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';
import { chMedian } from '../../store/clickhouse/quantile.ts';

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
 * each attribute's latest non-null value (by ts, then seq).
 * ClickHouse 18.16 (no window functions): dwells come from the customer's events as one
 * sorted array; channels come back as (channel, n) pairs, empty rather than NULL (an array
 * is never NULL there); active days are dates in UTC (DuckDB: the session time zone).
 */
export const featuresSql: DialectSql<FeaturesParts> = {
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
  clickhouse: ({ relation, converted, gap, attributes }) => `
    SELECT customer_id, count() AS events, uniqExact(toDate(toDateTime(intDiv(t, 1000000), 'UTC'))) AS days,
      ifNull(sum(value), 0) AS value, max(stage_no) AS furthest, max(toUInt8(${converted})) AS converted,
      arraySort(groupArray((t, seq))) AS evs,
      arraySort(arrayFilter(d -> d <= ${gap},
        arrayMap(i -> evs[i + 1].1 - evs[i].1, arrayEnumerate(arrayPopBack(evs))))) AS dwells,
      ${chMedian('dwells')} AS median_dwell_us,
      groupArray(channel) AS all_channels,
      arrayMap(c -> (c, countEqual(all_channels, c)), arraySort(arrayDistinct(all_channels))) AS channel_counts,
      [${attributes.map((a) => `if(countIf(${a} IS NOT NULL) = 0, NULL, argMaxIf(${a}, (t, seq), ${a} IS NOT NULL))`).join(', ')}] AS attributes
    FROM ${relation}
    GROUP BY customer_id
    ORDER BY customer_id`,
};
