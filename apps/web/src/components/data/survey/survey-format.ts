import type { Language } from '@opencjm/core';
import type { SurveyMetric, SurveyPoint, SurveyView } from '../../../api/survey-schemas.ts';
import { formatFixed, formatPercent, formatSigned } from '../../../i18n/format.ts';
import type { IntervalRow } from '../../charts/options/interval-bars.ts';
import type { DataNames } from '../place-names.ts';

/** The scale of each metric: NPS −100 … 100 points, CSAT 0 … 100 %, CES a mean on 1 … 7. */
export const SURVEY_SCALE: Readonly<Record<SurveyMetric, { min: number; max: number; start: number }>> = {
  nps: { min: -100, max: 100, start: 0 },
  csat: { min: 0, max: 100, start: 0 },
  ces: { min: 1, max: 7, start: 1 },
};

/**
 * A metric's value as people read it: NPS signed whole points (`+23`), CSAT a percentage,
 * CES always one decimal (`3.0`).
 */
export function formatSurveyValue(metric: SurveyMetric, lang: Language, value: number): string {
  if (metric === 'nps') return formatSigned(lang, value, 0);
  if (metric === 'csat') return formatPercent(lang, value / 100);
  return formatFixed(lang, value, 1);
}

/** What survey groups can be broken down by. */
export const SURVEY_DIMENSIONS = ['stage', 'touchpoint', 'channel', 'attribute'] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number];

/** The groups of one dimension. */
export function surveyGroups(result: SurveyView, dimension: SurveyDimension): SurveyPoint[] {
  switch (dimension) {
    case 'stage':
      return result.byStage;
    case 'touchpoint':
      return result.byTouchpoint;
    case 'channel':
      return result.byChannel;
    case 'attribute':
      return result.byAttribute?.groups ?? [];
  }
}

/** Chart rows of a dimension's groups, named from the map. */
export function surveyRows(result: SurveyView, dimension: SurveyDimension, names: DataNames): IntervalRow[] {
  const nameOf =
    dimension === 'stage'
      ? names.stage
      : dimension === 'touchpoint'
        ? names.touchpoint
        : dimension === 'channel'
          ? names.channel
          : (name: string) => name;
  return surveyGroups(result, dimension).map((group) => ({
    name: nameOf(group.name),
    value: group.value,
    ci: group.ci,
    n: group.n,
  }));
}
