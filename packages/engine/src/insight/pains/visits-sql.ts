import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';

/** What the visits query is built from; values inside are bound placeholders. */
export interface VisitsParts {
  /** `bound_events` of the map (rules only: a survey answer naming a touchpoint is no visit). */
  readonly relation: string;
  /** Inactivity that ends a session, µs. */
  readonly gap: string;
  /** Visits in a row that make a loop. */
  readonly repeats: string;
}

/**
 * Visits per touchpoint. A visit is a run of a customer's consecutive bound events at one
 * touchpoint within a session (unbound events are invisible to the map and do not break
 * it); its time is from its first to its last event. Per touchpoint: customers, customers
 * with a visit of at least `repeats` events (a loop), and customers whose journey ended with
 * a long visit there — at least the workspace's usual p90 of positive visit times, and
 * holding the customer's last event of all. That p90 comes back as `threshold_us`.
 * DuckDB only: ClickHouse 18.16 lacks the window functions this is written with.
 */
export const visitsSql: Pick<DialectSql<VisitsParts>, 'duckdb'> = {
  duckdb: ({ relation, gap, repeats }) => `
    WITH ev AS (
      SELECT customer_id, touchpoint, epoch_us(ts) AS t, ${orderKey(0, '0')} AS k
      FROM ${relation} WHERE touchpoint IS NOT NULL),
    sessions AS (
      SELECT *, sum(brk) OVER (PARTITION BY customer_id ORDER BY k) AS session FROM (
        SELECT *, CASE WHEN t - lag(t) OVER (PARTITION BY customer_id ORDER BY k) > ${gap} THEN 1 ELSE 0 END AS brk
        FROM ev)),
    runs AS (
      SELECT customer_id, touchpoint, count(*) AS len, max(t) - min(t) AS dwell, max(k) AS end_k
      FROM (SELECT *, row_number() OVER (PARTITION BY customer_id, session ORDER BY k)
          - row_number() OVER (PARTITION BY customer_id, session, touchpoint ORDER BY k) AS grp FROM sessions)
      GROUP BY customer_id, touchpoint, session, grp),
    last AS (SELECT customer_id, max(${orderKey(0, '0')}) AS last_k FROM customer_events GROUP BY customer_id),
    threshold AS (SELECT quantile_cont(dwell, 0.9) FILTER (WHERE dwell > 0) AS p90 FROM runs)
    SELECT touchpoint, count(DISTINCT customer_id) AS customers,
      count(DISTINCT customer_id) FILTER (WHERE len >= ${repeats}) AS looping,
      count(DISTINCT customer_id) FILTER (WHERE dwell > 0 AND dwell >= p90 AND end_k = last_k) AS stuck,
      any_value(p90) AS threshold_us
    FROM runs JOIN last USING (customer_id) CROSS JOIN threshold
    GROUP BY touchpoint`,
};
