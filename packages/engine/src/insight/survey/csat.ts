import { z } from 'zod';
import { wilson } from '../../stats/wilson.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { Interval } from '../interval.ts';
import { arrange, breakdownShape, SurveyOptions, type SurveyRow, surveyRows } from './groups.ts';

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

/**
 * CSAT from counts: satisfied / n × 100 with its Wilson interval.
 *
 * @example csatScore(3, 4, 0).csat // 75
 */
export function csatScore(satisfied: number, n: number, invalid: number): CsatScore {
  const [lo, hi] = wilson(satisfied, n);
  return {
    csat: n === 0 ? null : (satisfied / n) * 100,
    n,
    satisfied,
    invalid,
    ci: n === 0 ? null : [lo * 100, hi * 100],
  };
}

/**
 * Computes CSAT from the workspace's answers (see `answerCondition` for which events count).
 *
 * @example
 * const { overall } = await csat(store, {});
 */
export async function csat(store: EventStore, options: SurveyOptions = {}): Promise<CsatResult> {
  const o = SurveyOptions.parse(options);
  const rows = await surveyRows(store, 'csat', o);
  const score = (r: SurveyRow) => csatScore(r.top, r.n, r.invalid);
  return CsatResult.parse({ metric: 'csat', ...arrange(rows, o.map, o.by, score) });
}
