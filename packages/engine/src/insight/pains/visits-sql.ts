import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';
import { chQuantileCont } from '../../store/clickhouse/quantile.ts';
import { chSessionStarts, sessionsCte } from './sessions-sql.ts';

/** What the visits query is built from; values inside are bound placeholders. */
export interface VisitsParts {
  /** `bound_events` of the map (rules only: a survey answer naming a touchpoint is no visit). */
  readonly relation: string;
  /** Inactivity that ends a session, µs. */
  readonly gap: string;
  /** Separate visits of a touchpoint in one session that make a loop. */
  readonly repeats: string;
  /** Number of map stages (ClickHouse: the last event above each stage level). */
  readonly stages: number;
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
 * ClickHouse 18.16 has no window functions: each customer's events are one sorted array,
 * visits are its runs (a new one where a session breaks or the touchpoint changes), and
 * "never reaches a later stage" compares a visit's last index with the last event above
 * its stage level (computed once per level: events times stages, not events squared).
 * A loop counts a customer's visits of a touchpoint per session (quadratic in those
 * visits only). Without CTEs the visits are computed twice: once for the p90, DuckDB's
 * `quantile_cont` ({@link chQuantileCont}), once for the counts.
 */
export const visitsSql: DialectSql<VisitsParts> = {
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
  clickhouse: ({ relation, gap, repeats, stages }) => {
    const runs = `
      SELECT customer_id, r.1 AS touchpoint, r.2 AS session, r.3 AS dwell, r.4 AS ended
      FROM (
        SELECT customer_id, arraySort(groupArray((t, seq, touchpoint, stage_no))) AS evs,
          ${chSessionStarts('evs', gap)},
          arrayMap(i -> toUInt8(i = 1 OR brk[i] = 1 OR evs[i].3 != evs[i - 1].3), arrayEnumerate(evs)) AS run_start,
          arrayFilter(i -> run_start[i] = 1, arrayEnumerate(evs)) AS run_starts,
          arrayCumSum(run_start) AS run,
          arrayMap(v -> arrayReduce('max', arrayMap(j -> if(evs[j].4 > v, j, 0), arrayEnumerate(evs))),
            range(${stages} + 1)) AS last_above,
          arrayJoin(arrayMap(e -> (evs[e].3, sess[e],
              if(e < length(evs) AND brk[e + 1] = 0, evs[e + 1].1, evs[e].1) - evs[run_starts[run[e]]].1,
              toUInt8(last_above[evs[e].4 + 1] <= e)),
            arrayFilter(i -> i = length(evs) OR run_start[i + 1] = 1, arrayEnumerate(evs)))) AS r
        FROM (SELECT customer_id, t, seq, assumeNotNull(touchpoint) AS touchpoint,
            toUInt32(ifNull(stage_no, 0)) AS stage_no
          FROM ${relation} WHERE touchpoint IS NOT NULL)
        GROUP BY customer_id)`;
    const p90 = `(SELECT if(length(d) = 0, NULL, ${chQuantileCont('d', 0.9)})
      FROM (SELECT arraySort(groupArray(dwell)) AS d FROM (${runs}) WHERE dwell > 0))`;
    return `
    SELECT touchpoint, count() AS customers, sum(loop) AS looping, sum(stuck) AS stuck,
      any(p90) AS threshold_us
    FROM (
      SELECT touchpoint, customer_id, groupArray(session) AS sessions,
        toUInt8(arrayExists(s -> countEqual(sessions, s) >= ${repeats}, sessions)) AS loop,
        ${p90} AS p90, max(ifNull(dwell >= p90, 0) AND ended = 1) AS stuck
      FROM (${runs})
      GROUP BY touchpoint, customer_id)
    GROUP BY touchpoint`;
  },
};
