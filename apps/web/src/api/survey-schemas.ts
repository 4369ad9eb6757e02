import {
  type CesGroup,
  CesResult,
  type CesScore,
  type CsatGroup,
  CsatResult,
  type CsatScore,
  type Interval,
  type NpsGroup,
  NpsResult,
  type NpsScore,
  SurveyMetric,
  type SurveyResult,
} from '@opencjm/core';
import type { z } from 'zod';

/*
 * Answers of `GET /api/analytics/nps|csat|ces`, read by the schemas the engine computes them
 * by (@opencjm/core). The three share one layout and differ in the score field; the panels
 * draw any of them from one view, {@link SurveyView}, made by a plain function.
 */

/** The survey metrics; each is also the name of its route and of its score field. */
export const SURVEY_METRICS = SurveyMetric.options;
export type { SurveyMetric };

/** The schema of each metric's answer. */
export const SURVEY_ANSWERS: Readonly<Record<SurveyMetric, z.ZodType<SurveyResult>>> = {
  nps: NpsResult,
  csat: CsatResult,
  ces: CesResult,
};

/** One group's score: `value` is the metric (null without answers), `ci` its 95% interval. */
export interface SurveyPoint {
  name: string;
  value: number | null;
  n: number;
  ci: Interval;
  /** NPS: answers 9–10, 7–8 and 0–6; CSAT: answers 4–5 (`satisfied`). */
  promoters?: number;
  passives?: number;
  detractors?: number;
  satisfied?: number;
}

/** A survey metric overall and per group, in the order the server sends. */
export interface SurveyView {
  metric: SurveyMetric;
  overall: SurveyPoint;
  byStage: SurveyPoint[];
  byTouchpoint: SurveyPoint[];
  byChannel: SurveyPoint[];
  /** Groups per value of a customer attribute, when one was asked for. */
  byAttribute: { attribute: string; groups: SurveyPoint[] } | null;
  /** Answers out of range or without a score; not counted in `n`. */
  invalid: number;
}

const npsPoint = (s: NpsScore, name = ''): SurveyPoint => ({
  name,
  value: s.nps,
  n: s.n,
  ci: s.ci,
  promoters: s.promoters,
  passives: s.passives,
  detractors: s.detractors,
});
const csatPoint = (s: CsatScore, name = ''): SurveyPoint => ({
  name,
  value: s.csat,
  n: s.n,
  ci: s.ci,
  satisfied: s.satisfied,
});
const cesPoint = (s: CesScore, name = ''): SurveyPoint => ({ name, value: s.ces, n: s.n, ci: s.ci });

interface Layout<S, G extends S & { name: string }> {
  metric: SurveyMetric;
  overall: S & { invalid: number };
  byStage: G[];
  byTouchpoint: G[];
  byChannel: G[];
  byAttribute?: { attribute: string; groups: G[] } | undefined;
}

function view<S, G extends S & { name: string }>(
  answer: Layout<S, G>,
  point: (score: S, name?: string) => SurveyPoint,
): SurveyView {
  const groups = (list: G[]) => list.map((g) => point(g, g.name));
  return {
    metric: answer.metric,
    overall: point(answer.overall),
    byStage: groups(answer.byStage),
    byTouchpoint: groups(answer.byTouchpoint),
    byChannel: groups(answer.byChannel),
    byAttribute: answer.byAttribute
      ? { attribute: answer.byAttribute.attribute, groups: groups(answer.byAttribute.groups) }
      : null,
    invalid: answer.overall.invalid,
  };
}

/** The view of any survey answer: the metric's own score field becomes `value`. */
export function surveyView(answer: SurveyResult): SurveyView {
  switch (answer.metric) {
    case 'nps':
      return view<NpsScore, NpsGroup>(answer, npsPoint);
    case 'csat':
      return view<CsatScore, CsatGroup>(answer, csatPoint);
    case 'ces':
      return view<CesScore, CesGroup>(answer, cesPoint);
  }
}
