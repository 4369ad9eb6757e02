import { z } from 'zod';
import { Id } from '../schema/common.ts';
import { Interval } from './interval.ts';

/*
 * Survey metrics (`cjm analyze nps|csat|ces`, `GET /api/analytics/nps|csat|ces`): the score
 * overall and per stage, touchpoint, channel and (with `by`) customer attribute.
 */

/** The three survey metrics. */
export const SurveyMetric = z.enum(['nps', 'csat', 'ces']).describe('NPS (0–10), CSAT (1–5), CES (1–7)');
export type SurveyMetric = z.infer<typeof SurveyMetric>;

/** The per-dimension part of a survey result, for the group schema `group`. */
function breakdownShape<G extends z.ZodType>(group: G) {
  return {
    byStage: z.array(group).describe("Map order first, then stages named only by answers' properties"),
    byTouchpoint: z.array(group).describe('Map order first, then the others by name'),
    byChannel: z.array(group).describe('Most answers first'),
    byAttribute: z
      .object({ attribute: z.string(), groups: z.array(group).describe('Most answers first') })
      .optional()
      .describe('With `by`: one group per value of the customer attribute'),
  };
}

/** NPS of one group. */
export const NpsScore = z.object({
  nps: z.number().nullable().describe('% promoters − % detractors, −100…100; null without valid answers'),
  n: z.number().int().describe('Valid answers (whole numbers 0–10)'),
  promoters: z.number().int().describe('Answers 9–10'),
  passives: z.number().int().describe('Answers 7–8'),
  detractors: z.number().int().describe('Answers 0–6'),
  invalid: z.number().int().describe('Answers out of 0–10, not whole, or without a score; not in n'),
  ci: Interval.describe('95% normal interval from the trinomial variance, in NPS points'),
});
export type NpsScore = z.infer<typeof NpsScore>;

export const NpsGroup = NpsScore.extend({ name: z.string() });
export type NpsGroup = z.infer<typeof NpsGroup>;

/** Net Promoter Score overall and per stage, touchpoint, channel and (with `by`) attribute. */
export const NpsResult = z.object({
  metric: z.literal('nps'),
  overall: NpsScore,
  ...breakdownShape(NpsGroup),
});
export type NpsResult = z.infer<typeof NpsResult>;

/** CSAT of one group. */
export const CsatScore = z.object({
  csat: z.number().nullable().describe('% of valid answers that are 4 or 5; null without valid answers'),
  n: z.number().int().describe('Valid answers (whole numbers 1–5)'),
  satisfied: z.number().int().describe('Answers 4–5'),
  invalid: z.number().int().describe('Answers out of 1–5, not whole, or without a score; not in n'),
  ci: Interval.describe('95% Wilson interval, in percent'),
});
export type CsatScore = z.infer<typeof CsatScore>;

export const CsatGroup = CsatScore.extend({ name: z.string() });
export type CsatGroup = z.infer<typeof CsatGroup>;

/** Customer satisfaction overall and per stage, touchpoint, channel and (with `by`) attribute. */
export const CsatResult = z.object({
  metric: z.literal('csat'),
  overall: CsatScore,
  ...breakdownShape(CsatGroup),
});
export type CsatResult = z.infer<typeof CsatResult>;

/** CES of one group. */
export const CesScore = z.object({
  ces: z.number().nullable().describe('Mean answer on 1–7 (1 = least effort); null without valid answers'),
  n: z.number().int().describe('Valid answers (whole numbers 1–7)'),
  invalid: z.number().int().describe('Answers out of 1–7, not whole, or without a score; not in n'),
  ci: Interval.describe('95% Student-t interval of the mean, within 1–7; null below 2 answers'),
});
export type CesScore = z.infer<typeof CesScore>;

export const CesGroup = CesScore.extend({ name: z.string() });
export type CesGroup = z.infer<typeof CesGroup>;

/** Customer effort score overall and per stage, touchpoint, channel and (with `by`) attribute. */
export const CesResult = z.object({
  metric: z.literal('ces'),
  overall: CesScore,
  ...breakdownShape(CesGroup),
});
export type CesResult = z.infer<typeof CesResult>;

/** The answer of any survey metric, told apart by `metric`. */
export const SurveyResult = z.discriminatedUnion('metric', [NpsResult, CsatResult, CesResult]);
export type SurveyResult = z.infer<typeof SurveyResult>;

/** Query of `GET /api/analytics/nps|csat|ces`. */
export const SurveyQuery = z.object({
  map: Id.optional().describe('Id of a stored map that places answers on its stages and touchpoints'),
  attribute: z.string().min(1).optional().describe('Customer attribute in properties to break down by'),
});
export type SurveyQuery = z.input<typeof SurveyQuery>;
