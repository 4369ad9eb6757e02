import type { Language } from '@opencjm/core';
import { EmotionCurve } from './emotions-schemas.ts';
import { SentimentSummary, Themes, type ThemesBy } from './feedback-schemas.ts';
import { requestOptional as optional } from './optional.ts';
import { Pains } from './pains-schemas.ts';
import { PersonaSuggestions } from './persona-suggestions-schemas.ts';
import { type SurveyMetric, surveyResult } from './survey-schemas.ts';

/*
 * Customer insight of a map: survey metrics, text sentiment and themes, the emotion curve
 * from data, pain points and persona suggestions. Every call answers `null` when its route
 * does not exist (404), so a server without insight shows "no data yet".
 */

const mapParam = (mapId: string) => `map=${encodeURIComponent(mapId)}`;
const mapPath = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`;

/** The route of a survey metric; a non-blank `attribute` (trimmed) asks for `byAttribute` too. */
export function surveyPath(metric: SurveyMetric, mapId: string, attribute?: string): string {
  const key = attribute?.trim();
  const attributeParam = key ? `&attribute=${encodeURIComponent(key)}` : '';
  return `/api/analytics/${metric}?${mapParam(mapId)}${attributeParam}`;
}

/** NPS, CSAT or CES overall and per stage, touchpoint, channel and (optionally) attribute. */
export function getSurvey(metric: SurveyMetric, mapId: string, signal?: AbortSignal, attribute?: string) {
  return optional(surveyPath(metric, mapId, attribute), surveyResult(metric), signal);
}

export function getSentiment(mapId: string, signal?: AbortSignal) {
  return optional(`/api/analytics/sentiment?${mapParam(mapId)}`, SentimentSummary, signal);
}

export function getThemes(mapId: string, by: ThemesBy, signal?: AbortSignal) {
  return optional(`/api/analytics/themes?${mapParam(mapId)}&by=${by}`, Themes, signal);
}

export function getEmotionCurve(mapId: string, signal?: AbortSignal) {
  return optional(`${mapPath(mapId)}/emotions`, EmotionCurve, signal);
}

/** Pain findings with proposed cards written in `lang` (the map's language). */
export function getPains(mapId: string, lang: Language, signal?: AbortSignal) {
  return optional(`${mapPath(mapId)}/pains?lang=${lang}`, Pains, signal);
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
    PersonaSuggestions,
    signal,
  );
}
