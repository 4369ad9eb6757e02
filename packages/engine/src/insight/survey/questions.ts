import { SurveyMetric } from '@opencjm/core';
import type { SqlParams } from '../../analytics/sql/params.ts';
import { propertyText } from '../placed-sql.ts';

export { SurveyMetric };

/** A metric's answer scale: valid answers are whole numbers in [min, max]. */
export interface SurveyScale {
  readonly min: number;
  readonly max: number;
  /** Lowest answer of the top bucket (NPS promoters, CSAT satisfied); none for CES. */
  readonly top?: number;
  /** Lowest answer of the middle bucket (NPS passives); none for CSAT and CES. */
  readonly mid?: number;
}

/** NPS 0–10 (promoters 9–10, passives 7–8); CSAT 1–5 (satisfied 4–5); CES 1–7 (1 = least effort). */
export const SURVEY_SCALES: Readonly<Record<SurveyMetric, SurveyScale>> = {
  nps: { min: 0, max: 10, top: 9, mid: 7 },
  csat: { min: 1, max: 5, top: 4 },
  ces: { min: 1, max: 7 },
};

/**
 * SQL condition: the event is an answer to `metric`. `properties.question` decides when
 * present (case-insensitive `nps`, `csat`, `ces`; any other question is none of them);
 * otherwise the event name names the metric as a word: not preceded by a letter nor
 * followed by a lower-case one, so `nps_survey`, `survey.CES`, `npsScore` count and
 * `process` or `access` do not.
 */
export function answerCondition(p: SqlParams, metric: SurveyMetric): string {
  const question = propertyText(p, 'question');
  const word = p.value(`(^|[^A-Za-z])(${metric}|${metric.toUpperCase()}|${capital(metric)})([^a-z]|$)`);
  const named = p.dialect === 'duckdb' ? `regexp_matches(event, ${word})` : `match(event, ${word})`;
  return `(CASE WHEN ${question} IS NOT NULL THEN lower(${question}) = ${p.value(metric)} ELSE ${named} END)`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
