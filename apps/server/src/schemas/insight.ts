import {
  CesResult,
  CsatResult,
  EmotionsResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  Id,
  Language,
  NpsResult,
  PainsAnswer,
  PersonasResult,
  ThemesBy,
} from '@opencjm/core';
import { LangOption } from '@opencjm/engine';
import { z } from 'zod';

/*
 * The insight routes' queries; their answers are the schemas of @opencjm/core, the ones
 * the engine computes by and the web reads with.
 */

/** Query of the survey and feedback routes. */
export const InsightQuery = z.object({
  map: Id.optional().describe(
    'Id of a stored map that places answers and texts on its stages and touchpoints',
  ),
  attribute: z.string().min(1).optional().describe('Customer attribute in properties to break down by'),
  by: ThemesBy.default('touchpoint').describe('Themes: group texts by'),
  lang: LangOption.default('auto').describe('Language of the texts, or detected per text'),
});

/** Query of `GET /api/maps/:id/pains`. */
export const PainsQuery = z.object({
  lang: Language.optional().describe("Language of the proposed cards; default: the map's"),
  window: z.string().default('30d').describe('Stage funnel window for drop-off'),
});

/** Query of `GET /api/personas/suggestions`. */
export const PersonaSuggestionsQuery = z.object({
  map: Id.optional().describe('Adds the furthest stage reached and conversion to the last stage'),
  k: z.coerce
    .number()
    .int()
    .min(2)
    .max(12)
    .optional()
    .describe('Clusters; default: best silhouette over 2…6'),
  lang: Language.optional().describe("Language of the persona drafts; default: the map's, else en"),
});

/** `GET /api/maps/:id/pains`: findings with the operations that accept their cards. */
export const PainsBody = PainsAnswer;
export type PainsBody = PainsAnswer;

export {
  CesResult,
  CsatResult,
  EmotionsResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  NpsResult,
  PersonasResult,
};
