import { z } from 'zod';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { Interval, trinomialInterval } from '../interval.ts';
import { arrange, breakdownShape, SurveyOptions, type SurveyRow, surveyRows } from './groups.ts';

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

/**
 * NPS from bucket counts: (promoters − detractors) / n × 100, with the 95% interval of that
 * difference of shares (Var = (p₊ + p₋ − (p₊ − p₋)²) / n).
 *
 * @example npsScore(5, 3, 2, 0).nps // 30
 */
export function npsScore(promoters: number, passives: number, detractors: number, invalid: number): NpsScore {
  const n = promoters + passives + detractors;
  const ci = trinomialInterval(promoters, detractors, n);
  return {
    nps: n === 0 ? null : ((promoters - detractors) / n) * 100,
    n,
    promoters,
    passives,
    detractors,
    invalid,
    ci: ci && [ci[0] * 100, ci[1] * 100],
  };
}

/**
 * Computes NPS from the workspace's answers (see `answerCondition` for which events count).
 *
 * @example
 * const { overall, byStage } = await nps(store, { map, by: 'segment' });
 */
export async function nps(store: EventStore, options: SurveyOptions = {}): Promise<NpsResult> {
  const o = SurveyOptions.parse(options);
  const rows = await surveyRows(store, 'nps', o);
  const score = (r: SurveyRow) => npsScore(r.top, r.mid, r.n - r.top - r.mid, r.invalid);
  return NpsResult.parse({ metric: 'nps', ...arrange(rows, o.map, o.by, score) });
}
