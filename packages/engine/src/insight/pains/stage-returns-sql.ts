import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';
import { sessionsCte } from './sessions-sql.ts';

/** What the stage-returns query reads: `bound_events` of the map, and the session gap. */
export interface StageReturnsParts {
  readonly relation: string;
  /** Inactivity that ends a session, µs. */
  readonly gap: string;
}

/**
 * Per stage (1-based map position): customers with an event there, and those who came back
 * to it within one session after an event at a later stage — going back mid-visit (from
 * payment to the catalogue, say) is a sign of trouble, while a support ticket days after a
 * rewards e-mail is the ordinary life of a customer and is not counted.
 * DuckDB only (window functions).
 */
export const stageReturnsSql: Pick<DialectSql<StageReturnsParts>, 'duckdb'> = {
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
};
