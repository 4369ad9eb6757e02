import {
  EmotionsResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  type Language,
  PainsAnswer,
  PersonasResult,
  type ThemesBy as ThemesGrouping,
} from '@opencjm/core';
import { requestOptional as optional } from './optional.ts';
import { SURVEY_ANSWERS, type SurveyMetric, type SurveyView, surveyView } from './survey-schemas.ts';

/*
 * Customer insight of a map: survey metrics, text sentiment and themes, the emotion curve
 * from data, pain points and persona suggestions, each read by the schema the engine
 * computes it by (@opencjm/core). Every call answers `null` when its route does not exist
 * (404), so a server without insight shows "no data yet".
 */

/** What the feedback panel groups texts by (the route also groups them `all` together). */
export type ThemesBy = Exclude<ThemesGrouping, 'all'>;

const mapParam = (mapId: string) => `map=${encodeURIComponent(mapId)}`;
const mapPath = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`;

/** The route of a survey metric; a non-blank `attribute` (trimmed) asks for `byAttribute` too. */
export function surveyPath(metric: SurveyMetric, mapId: string, attribute?: string): string {
  const key = attribute?.trim();
  const attributeParam = key ? `&attribute=${encodeURIComponent(key)}` : '';
  return `/api/analytics/${metric}?${mapParam(mapId)}${attributeParam}`;
}

/** NPS, CSAT or CES overall and per stage, touchpoint, channel and (optionally) attribute. */
export async function getSurvey(
  metric: SurveyMetric,
  mapId: string,
  signal?: AbortSignal,
  attribute?: string,
): Promise<SurveyView | null> {
  const schema = SURVEY_ANSWERS[metric];
  const answer = await optional(surveyPath(metric, mapId, attribute), schema, signal);
  return answer && surveyView(answer);
}

export function getSentiment(mapId: string, signal?: AbortSignal) {
  return optional(`/api/analytics/sentiment?${mapParam(mapId)}`, FeedbackSentimentResult, signal);
}

export function getThemes(mapId: string, by: ThemesBy, signal?: AbortSignal) {
  return optional(`/api/analytics/themes?${mapParam(mapId)}&by=${by}`, FeedbackThemesResult, signal);
}

export function getEmotionCurve(mapId: string, signal?: AbortSignal) {
  return optional(`${mapPath(mapId)}/emotions`, EmotionsResult, signal);
}

/** Pain findings with proposed cards written in `lang` (the map's language). */
export function getPains(mapId: string, lang: Language, signal?: AbortSignal) {
  return optional(`${mapPath(mapId)}/pains?lang=${lang}`, PainsAnswer, signal);
}

/** Customer clusters with persona drafts; `k` undefined lets the server choose. */
export function getPersonaSuggestions(
  mapId: string,
  k: number | undefined,
  lang: Language,
  signal?: AbortSignal,
) {
  const kParam = k === undefined ? '' : `&k=${k}`;
  return optional(
    `/api/personas/suggestions?${mapParam(mapId)}${kParam}&lang=${lang}`,
    PersonasResult,
    signal,
  );
}
