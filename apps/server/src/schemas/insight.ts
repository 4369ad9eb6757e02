import {
  CesResult,
  CsatResult,
  EmotionsResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  NpsResult,
  PainsAnswer,
  PainsQuery,
  PersonaSuggestionsQuery,
  PersonasResult,
  SentimentQuery,
  SurveyQuery,
  ThemesQuery,
} from '@opencjm/core';

/*
 * The queries and answers of the insight routes: the schemas of @opencjm/core, the ones
 * the engine computes by and the web reads with.
 */

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
  PainsQuery,
  PersonaSuggestionsQuery,
  PersonasResult,
  SentimentQuery,
  SurveyQuery,
  ThemesQuery,
};
