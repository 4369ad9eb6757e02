import { CesGroup, CesResult, CesScore } from '@opencjm/core';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { meanInterval } from '../interval.ts';
import { arrange, SurveyOptions, type SurveyRow, surveyRows } from './groups.ts';
import { SURVEY_SCALES } from './questions.ts';

export { CesGroup, CesResult, CesScore };

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
