import type { DialectSql } from '../../analytics/sql/dialect.ts';

/** What the survey query is built from; values inside are bound placeholders. */
export interface SurveyParts {
  /** Placed events (see `placedEventsSql`). */
  readonly relation: string;
  /** Condition selecting the metric's answers. */
  readonly isAnswer: string;
  /** Placeholders of the scale: valid answers are whole numbers in [min, max]. */
  readonly min: string;
  readonly max: string;
  /** Lowest answer of the top and middle buckets (placeholders). */
  readonly top: string;
  readonly mid: string;
}

/**
 * Survey answers of one metric, counted per group: the whole workspace (dim `overall`),
 * each stage, touchpoint, channel and attribute value. Per group: valid answers `n`, answers
 * out of range or missing (`invalid`), the top and middle buckets, mean and sample standard
 * deviation of valid answers, and the customers who answered.
 */
export const surveySql: DialectSql<SurveyParts> = {
  duckdb: ({ relation, isAnswer, min, max, top, mid }) => `
    SELECT d.dim AS dim, d.name AS name,
      count(*) FILTER (WHERE valid) AS n, count(*) FILTER (WHERE NOT valid) AS invalid,
      count(*) FILTER (WHERE valid AND score >= ${top}) AS top,
      count(*) FILTER (WHERE valid AND score >= ${mid} AND score < ${top}) AS mid,
      avg(score) FILTER (WHERE valid) AS mean, stddev_samp(score) FILTER (WHERE valid) AS sd,
      count(DISTINCT customer_id) AS customers
    FROM (
      SELECT customer_id, score,
        coalesce(score BETWEEN ${min} AND ${max} AND score = floor(score), false) AS valid,
        unnest([{'dim': 'overall', 'name': NULL::VARCHAR}, {'dim': 'stage', 'name': stage},
          {'dim': 'touchpoint', 'name': touchpoint}, {'dim': 'channel', 'name': channel},
          {'dim': 'attribute', 'name': attr}]) AS d
      FROM ${relation} WHERE ${isAnswer})
    WHERE d.dim = 'overall' OR d.name IS NOT NULL
    GROUP BY d.dim, d.name`,
  clickhouse: ({ relation, isAnswer, min, max, top, mid }) => `
    SELECT d.1 AS dim, d.2 AS name, countIf(valid) AS n, countIf(NOT valid) AS invalid,
      countIf(valid AND score >= ${top}) AS top, countIf(valid AND score >= ${mid} AND score < ${top}) AS mid,
      avgIf(score, valid) AS mean, stddevSampIf(score, valid) AS sd, uniqExact(customer_id) AS customers
    FROM (
      SELECT customer_id, score, ifNull(score >= ${min} AND score <= ${max} AND score = floor(score), 0) AS valid,
        arrayJoin([('overall', NULL), ('stage', stage), ('touchpoint', touchpoint), ('channel', channel),
          ('attribute', attr)]) AS d
      FROM ${relation} WHERE ${isAnswer})
    WHERE d.1 = 'overall' OR d.2 IS NOT NULL
    GROUP BY dim, name`,
};
