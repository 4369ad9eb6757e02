import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';
import { sessionsCte } from './sessions-sql.ts';

/** What the visits query is built from; values inside are bound placeholders. */
export interface VisitsParts {
  /** `bound_events` of the map (rules only: a survey answer naming a touchpoint is no visit). */
  readonly relation: string;
  /** Inactivity that ends a session, µs. */
  readonly gap: string;
  /** Separate visits of a touchpoint in one session that make a loop. */
  readonly repeats: string;
}

/**
 * Visits per touchpoint. A visit is a run of a customer's consecutive bound events at one
 * touchpoint within a session (unbound events are invisible to the map and do not break
 * it); its time is from its first event to the next bound event of the session — the time
 * spent there before moving on — or, for the session's last visit, to its own last event
 * (nothing shows when the customer left, so that is what is known for sure). Per touchpoint: customers; customers who came to it in at least `repeats`
 * separate visits of one session (a loop: re-entering a form after an error, not the many
 * events of one long visit); and customers who left after a long visit there — a visit of at least the
 * workspace's usual p90 of visit times after which the customer never reaches a later stage
 * of the map. That p90 comes back as `threshold_us`.
 * DuckDB only: ClickHouse 18.16 lacks the window functions this is written with.
 */
export const visitsSql: Pick<DialectSql<VisitsParts>, 'duckdb'> = {
  duckdb: ({ relation, gap, repeats }) => `
    WITH ev AS (
      SELECT customer_id, touchpoint, coalesce(stage_no, 0) AS stage_no, epoch_us(ts) AS t,
        ${orderKey(0, '0')} AS k
      FROM ${relation} WHERE touchpoint IS NOT NULL),
    ${sessionsCte('ev', gap)},
    marked AS (
      SELECT *, lead(t) OVER (PARTITION BY customer_id, session ORDER BY k) AS next_t,
        max(stage_no) OVER (PARTITION BY customer_id ORDER BY k
          ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS later_stage,
        row_number() OVER (PARTITION BY customer_id, session ORDER BY k)
          - row_number() OVER (PARTITION BY customer_id, session, touchpoint ORDER BY k) AS grp
      FROM sessions),
    runs AS (
      SELECT customer_id, touchpoint, session, coalesce(max(next_t), max(t)) - min(t) AS dwell,
        max(stage_no) AS stage_no, arg_max(later_stage, k) AS later_stage
      FROM marked GROUP BY customer_id, touchpoint, session, grp),
    returns AS (
      SELECT DISTINCT customer_id, touchpoint FROM runs
      GROUP BY customer_id, touchpoint, session HAVING count(*) >= ${repeats}),
    threshold AS (SELECT quantile_cont(dwell, 0.9) FILTER (WHERE dwell > 0) AS p90 FROM runs)
    SELECT touchpoint, count(DISTINCT runs.customer_id) AS customers,
      count(DISTINCT r.customer_id) AS looping,
      count(DISTINCT runs.customer_id) FILTER (WHERE dwell >= p90
        AND coalesce(later_stage, 0) <= stage_no) AS stuck,
      any_value(p90) AS threshold_us
    FROM runs CROSS JOIN threshold LEFT JOIN returns AS r USING (customer_id, touchpoint)
    GROUP BY touchpoint`,
};
