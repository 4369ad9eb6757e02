import { CsatGroup, CsatResult, CsatScore } from '@opencjm/core';
import { wilson } from '../../stats/wilson.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { arrange, SurveyOptions, type SurveyRow, surveyRows } from './groups.ts';

export { CsatGroup, CsatResult, CsatScore };

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
