import type { DialectSql } from '../../analytics/sql/dialect.ts';

/** What the answer-emotion query is built from. */
export interface AnswerEmotionParts {
  /** Placed events (see `placedEventsSql`). */
  readonly relation: string;
  /** Expression of an event's emotion (see `answerEmotionExpression`), NULL for non-answers. */
  readonly emotion: string;
}

/**
 * Survey answers on the emotion scale, summed per group (dim `overall`, each stage, each
 * touchpoint): count, sum and sum of squares, so they can be pooled with text scores.
 */
export const answerEmotionSql: DialectSql<AnswerEmotionParts> = {
  duckdb: ({ relation, emotion }) => `
    SELECT d.dim AS dim, d.name AS name, count(*) AS n, sum(v) AS total, sum(v * v) AS squares
    FROM (
      SELECT ${emotion} AS v, unnest([{'dim': 'overall', 'name': NULL::VARCHAR}, {'dim': 'stage', 'name': stage},
        {'dim': 'touchpoint', 'name': touchpoint}]) AS d
      FROM ${relation})
    WHERE v IS NOT NULL AND (d.dim = 'overall' OR d.name IS NOT NULL)
    GROUP BY d.dim, d.name`,
  clickhouse: ({ relation, emotion }) => `
    SELECT d.1 AS dim, d.2 AS name, count() AS n, sum(v) AS total, sum(v * v) AS squares
    FROM (
      SELECT ${emotion} AS v, arrayJoin([('overall', NULL), ('stage', stage), ('touchpoint', touchpoint)]) AS d
      FROM ${relation})
    WHERE v IS NOT NULL AND (d.1 = 'overall' OR d.2 IS NOT NULL)
    GROUP BY dim, name`,
};
