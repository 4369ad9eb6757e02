import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';
import { chSessionStarts, sessionsCte } from './sessions-sql.ts';

/** What the stage-returns query reads: `bound_events` of the map, and the session gap. */
export interface StageReturnsParts {
  readonly relation: string;
  /** Inactivity that ends a session, µs. */
  readonly gap: string;
  /** Number of map stages (ClickHouse: one running count per stage level). */
  readonly stages: number;
}

/**
 * Per stage (1-based map position): customers with an event there, and those who came back
 * to it within one session after an event at a later stage — going back mid-visit (from
 * payment to the catalogue, say) is a sign of trouble, while a support ticket days after a
 * rewards e-mail is the ordinary life of a customer and is not counted.
 * ClickHouse 18.16 has no window functions: each customer's events are one sorted array,
 * sessions its running count of breaks, and "a later stage earlier in the session" a
 * running count, per stage level v, of events above v — read at the event and at its
 * session's start, so the query stays linear in events times stages.
 */
export const stageReturnsSql: DialectSql<StageReturnsParts> = {
  duckdb: ({ relation, gap }) => `
    WITH ev AS (
      SELECT customer_id, stage_no, epoch_us(ts) AS t, ${orderKey(0, '0')} AS k
      FROM ${relation} WHERE stage_no IS NOT NULL),
    ${sessionsCte('ev', gap)}
    SELECT stage_no, count(DISTINCT customer_id) AS customers,
      count(DISTINCT customer_id) FILTER (WHERE back) AS returned
    FROM (
      SELECT customer_id, stage_no, max(stage_no) OVER (PARTITION BY customer_id, session ORDER BY k
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) > stage_no AS back
      FROM sessions)
    GROUP BY stage_no`,
  clickhouse: ({ relation, gap, stages }) => `
    SELECT r.1 AS stage_no, uniqExact(customer_id) AS customers, uniqExactIf(customer_id, r.2 = 1) AS returned
    FROM (
      SELECT customer_id, arraySort(groupArray((t, seq, stage_no))) AS evs,
        ${chSessionStarts('evs', gap)},
        arrayMap(v -> arrayCumSum(arrayMap(x -> toUInt32(x.3 > v), evs)), range(${stages} + 1)) AS above,
        arrayJoin(arrayMap(i -> (evs[i].3, toUInt8(above[evs[i].3 + 1][i]
          - if(starts[sess[i]] = 1, 0, above[evs[i].3 + 1][starts[sess[i]] - 1]) > 0)), arrayEnumerate(evs))) AS r
      FROM (SELECT customer_id, t, seq, toUInt32(assumeNotNull(stage_no)) AS stage_no FROM ${relation}
        WHERE stage_no IS NOT NULL)
      GROUP BY customer_id)
    GROUP BY stage_no`,
};
