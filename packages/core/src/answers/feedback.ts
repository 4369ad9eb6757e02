import { z } from 'zod';
import { Id } from '../schema/common.ts';

/*
 * Answers about customer texts: `GET /api/analytics/sentiment` (mean polarity and label
 * counts per place) and `GET /api/analytics/themes` (key phrases of negative and positive
 * texts per place).
 */

/** Sentiment of the texts of one place: how many, their mean score and label counts. */
export const SentimentSummary = z.object({
  n: z.number().int().describe('Texts (each event that wrote one counts)'),
  mean: z.number().nullable().describe('Mean score −1 … +1; null without texts'),
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
});
export type SentimentSummary = z.infer<typeof SentimentSummary>;

export const SentimentPlace = SentimentSummary.extend({ name: z.string() });
export type SentimentPlace = z.infer<typeof SentimentPlace>;

/** `cjm analyze sentiment`: texts overall, per stage and per touchpoint. */
export const FeedbackSentimentResult = z.object({
  overall: SentimentSummary,
  byStage: z.array(SentimentPlace),
  byTouchpoint: z.array(SentimentPlace),
});
export type FeedbackSentimentResult = z.infer<typeof FeedbackSentimentResult>;

/** A key phrase shared by several texts of one polarity. */
export const Theme = z.object({
  phrase: z.string().describe('Readable form of the key phrase'),
  count: z.number().int().describe('Distinct texts that contain it'),
  examples: z.array(z.string()).describe('Up to three of those texts'),
});
export type Theme = z.infer<typeof Theme>;

/** The themes of one place's negative and positive texts, most frequent first. */
export const ThemeGroupResult = z.object({
  key: z.string().describe('Stage or touchpoint id, `unplaced`, or `all`'),
  total: z.number().int().describe('Distinct texts of the place, of every polarity'),
  negative: z.array(Theme),
  positive: z.array(Theme),
});
export type ThemeGroupResult = z.infer<typeof ThemeGroupResult>;

/** `cjm analyze themes`. */
export const FeedbackThemesResult = z.object({ groups: z.array(ThemeGroupResult) });
export type FeedbackThemesResult = z.infer<typeof FeedbackThemesResult>;

/** What themes are grouped by: stage or touchpoint of the map, or all texts together. */
export const ThemesBy = z.enum(['stage', 'touchpoint', 'all']);
export type ThemesBy = z.infer<typeof ThemesBy>;

/** Language of customer texts, or `auto` to detect it per text. */
export const TextLanguage = z.enum(['auto', 'ru', 'en', 'zh']);
export type TextLanguage = z.infer<typeof TextLanguage>;

/** Query of `GET /api/analytics/sentiment`. */
export const SentimentQuery = z.object({
  map: Id.optional().describe('Id of a stored map that places texts on its stages and touchpoints'),
  lang: TextLanguage.default('auto').describe('Language of the texts, or detected per text'),
});
export type SentimentQuery = z.input<typeof SentimentQuery>;

/** Query of `GET /api/analytics/themes`. */
export const ThemesQuery = SentimentQuery.extend({
  by: ThemesBy.default('touchpoint').describe('Group texts by'),
});
export type ThemesQuery = z.input<typeof ThemesQuery>;
