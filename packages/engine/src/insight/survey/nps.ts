import { NpsGroup, NpsResult, NpsScore } from '@opencjm/core';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { trinomialInterval } from '../interval.ts';
import { arrange, SurveyOptions, type SurveyRow, surveyRows } from './groups.ts';

export { NpsGroup, NpsResult, NpsScore };

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
