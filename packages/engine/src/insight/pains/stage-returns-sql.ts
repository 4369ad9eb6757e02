import type { DialectSql } from '../../analytics/sql/dialect.ts';
import { orderKey } from '../../analytics/sql/order-key.ts';

/** What the stage-returns query reads: `bound_events` of the map. */
export interface StageReturnsParts {
  readonly relation: string;
}

/**
 * Per stage (1-based map position): customers with an event there, and those with an event
 * there after an event at a later stage — they came back. DuckDB only (window functions).
 */
export const stageReturnsSql: Pick<DialectSql<StageReturnsParts>, 'duckdb'> = {
  duckdb: ({ relation }) => `
    SELECT stage_no, count(DISTINCT customer_id) AS customers,
      count(DISTINCT customer_id) FILTER (WHERE back) AS returned
    FROM (
      SELECT customer_id, stage_no, max(stage_no) OVER (PARTITION BY customer_id ORDER BY ${orderKey(0, '0')}
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) > stage_no AS back
      FROM ${relation} WHERE stage_no IS NOT NULL)
    GROUP BY stage_no`,
};
