import { z } from 'zod';
import { Interval } from './interval.ts';

/*
 * Answers of `GET /api/analytics/nps|csat|ces`. The three share one layout (overall, then
 * groups per stage, touchpoint, channel and optionally a customer attribute) and differ in
 * the score field, so one schema reads all three into {@link SurveyResult}.
 */

/** The survey metrics; each is also the name of its route and of its score field. */
export const SURVEY_METRICS = ['nps', 'csat', 'ces'] as const;
export type SurveyMetric = (typeof SURVEY_METRICS)[number];

const count = z.number().nullable().optional();

const ScoreIn = z.looseObject({
  name: z.string().optional(),
  nps: count.describe('% promoters − % detractors, −100 … 100'),
  csat: count.describe('% of answers 4–5, 0 … 100'),
  ces: count.describe('Mean answer on 1 … 7 (1 = least effort)'),
  n: z.number().catch(0).describe('Valid answers'),
  ci: Interval,
  promoters: count,
  passives: count,
  detractors: count,
  satisfied: count,
  invalid: count,
});
type ScoreIn = z.infer<typeof ScoreIn>;

/** One group's score: `value` is the metric (null without answers), `ci` its 95% interval. */
export interface SurveyPoint {
  name: string;
  value: number | null;
  n: number;
  ci: Interval;
  /** NPS: answers 9–10, 7–8 and 0–6; CSAT: answers 4–5 (`satisfied`). */
  promoters?: number;
  passives?: number;
  detractors?: number;
  satisfied?: number;
}

/** A survey metric overall and per group, in the order the server sends. */
export interface SurveyResult {
  metric: SurveyMetric;
  overall: SurveyPoint;
  byStage: SurveyPoint[];
  byTouchpoint: SurveyPoint[];
  byChannel: SurveyPoint[];
  /** Groups per value of a customer attribute, when one was asked for. */
  byAttribute: { attribute: string | null; groups: SurveyPoint[] } | null;
  /** Answers out of range or without a score; not counted in `n`. */
  invalid: number;
}

function point(metric: SurveyMetric, row: ScoreIn): SurveyPoint {
  const out: SurveyPoint = { name: row.name ?? '', value: row[metric] ?? null, n: row.n, ci: row.ci };
  for (const key of ['promoters', 'passives', 'detractors', 'satisfied'] as const) {
    const value = row[key];
    if (typeof value === 'number') out[key] = value;
  }
  return out;
}

const Groups = z.array(ScoreIn).catch([]);

/** The schema of one survey route's answer, normalised into a {@link SurveyResult}. */
export function surveyResult(metric: SurveyMetric) {
  return z
    .looseObject({
      overall: ScoreIn,
      byStage: Groups,
      byTouchpoint: Groups,
      byChannel: Groups,
      byAttribute: z
        .union([z.array(ScoreIn), z.looseObject({ attribute: z.string(), groups: Groups })])
        .optional()
        .catch(undefined)
        .describe('A list of groups, or { attribute, groups }'),
      invalid: count,
    })
    .transform(
      (body): SurveyResult => ({
        metric,
        overall: point(metric, body.overall),
        byStage: body.byStage.map((row) => point(metric, row)),
        byTouchpoint: body.byTouchpoint.map((row) => point(metric, row)),
        byChannel: body.byChannel.map((row) => point(metric, row)),
        byAttribute: attributeGroups(metric, body.byAttribute),
        invalid: body.invalid ?? body.overall.invalid ?? 0,
      }),
    );
}

function attributeGroups(
  metric: SurveyMetric,
  groups: ScoreIn[] | { attribute: string; groups: ScoreIn[] } | undefined,
): SurveyResult['byAttribute'] {
  if (groups === undefined) return null;
  if (Array.isArray(groups)) return { attribute: null, groups: groups.map((row) => point(metric, row)) };
  return { attribute: groups.attribute, groups: groups.groups.map((row) => point(metric, row)) };
}
