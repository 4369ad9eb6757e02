import type { SqlParams } from '../../analytics/sql/params.ts';
import { answerCondition, SURVEY_SCALES, type SurveyMetric } from '../survey/questions.ts';

/**
 * How each signal lands on the map's emotion scale −2 … +2 (every mapping is linear and
 * sends the scale's ends to ±2 and its middle to 0):
 * - NPS answer s ∈ 0…10 → (s − 5) / 2.5;
 * - CSAT answer s ∈ 1…5 → s − 3;
 * - CES answer s ∈ 1…7 → (4 − s) · 2/3, reversed: 1 (least effort) is +2, 7 is −2;
 * - text sentiment x ∈ −1…+1 → 2x.
 * Invalid answers (off the scale, not whole, no score) are left out.
 */
export const EMOTION_MAPPING = {
  nps: (s: number) => (s - 5) / 2.5,
  csat: (s: number) => s - 3,
  ces: (s: number) => ((4 - s) * 2) / 3,
  sentiment: (x: number) => 2 * x,
} as const;

/** SQL: a survey answer's emotion per {@link EMOTION_MAPPING}, NULL for other events. */
export function answerEmotionExpression(p: SqlParams): string {
  const arms = (['nps', 'csat', 'ces'] as const satisfies readonly SurveyMetric[]).map((metric) => {
    const { min, max } = SURVEY_SCALES[metric];
    const valid = `score >= ${p.value(min)} AND score <= ${p.value(max)} AND score = floor(score)`;
    const value =
      metric === 'nps' ? '(score - 5) / 2.5' : metric === 'csat' ? '(score - 3)' : '(4 - score) * 2 / 3';
    return `WHEN ${answerCondition(p, metric)} AND ${valid} THEN ${value}`;
  });
  return `CASE WHEN score IS NULL THEN NULL ${arms.join(' ')} END`;
}
