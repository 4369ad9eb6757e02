import { z } from 'zod';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { Interval, meanInterval } from '../interval.ts';
import { arrange, breakdownShape, SurveyOptions, type SurveyRow, surveyRows } from './groups.ts';
import { SURVEY_SCALES } from './questions.ts';

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

/**
 * CES from the mean and sample standard deviation of valid answers.
 *
 * @example cesScore(4, 3, 1, 0) // { ces: 3, ci: [1.41, 4.59], … }
 */
export function cesScore(n: number, mean: number | null, sd: number | null, invalid: number): CesScore {
  const { min, max } = SURVEY_SCALES.ces;
  return {
    ces: n === 0 ? null : mean,
    n,
    invalid,
    ci: mean === null || sd === null ? null : meanInterval(n, mean, sd, min, max),
  };
}

/**
 * Computes CES from the workspace's answers (see `answerCondition` for which events count).
 *
 * @example
 * const { byTouchpoint } = await ces(store, { map });
 */
export async function ces(store: EventStore, options: SurveyOptions = {}): Promise<CesResult> {
  const o = SurveyOptions.parse(options);
  const rows = await surveyRows(store, 'ces', o);
  const score = (r: SurveyRow) => cesScore(r.n, r.mean, r.sd, r.invalid);
  return CesResult.parse({ metric: 'ces', ...arrange(rows, o.map, o.by, score) });
}
