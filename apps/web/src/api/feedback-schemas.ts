import { z } from 'zod';

/*
 * Answers about customer texts: `GET /api/analytics/sentiment` (mean polarity and label
 * counts per place) and `GET /api/analytics/themes` (key phrases of negative and positive
 * texts per place).
 */

const Counts = z.looseObject({
  n: z.number().catch(0).describe('Scored texts'),
  mean: z.number().nullable().catch(null).describe('Mean polarity, −1 … +1; null without texts'),
  positive: z.number().catch(0).describe('Texts labelled positive'),
  neutral: z.number().catch(0),
  negative: z.number().catch(0),
});
export type SentimentCounts = z.infer<typeof Counts>;

const Named = Counts.extend({ name: z.string() });
export type SentimentGroup = z.infer<typeof Named>;

/** `GET /api/analytics/sentiment?map=ID`. */
export const SentimentSummary = z.looseObject({
  overall: Counts,
  byStage: z.array(Named).catch([]),
  byTouchpoint: z.array(Named).catch([]),
});
export type SentimentSummary = z.infer<typeof SentimentSummary>;

/** A key phrase shared by several texts of one polarity. */
export const Theme = z.looseObject({
  phrase: z.string(),
  count: z.number().describe('Texts (not occurrences) containing the phrase'),
  examples: z.array(z.string()).catch([]).describe('Up to three of those texts'),
});
export type Theme = z.infer<typeof Theme>;

/** The themes of one stage or touchpoint (`key`: its id, or `all` for texts without one). */
export const ThemeGroup = z.looseObject({
  key: z.string(),
  total: z.number().catch(0).describe('Texts under this key, of every polarity'),
  negative: z.array(Theme).catch([]),
  positive: z.array(Theme).catch([]),
});
export type ThemeGroup = z.infer<typeof ThemeGroup>;

/** `GET /api/analytics/themes?map=ID&by=stage|touchpoint`. */
export const Themes = z.looseObject({ groups: z.array(ThemeGroup) });
export type Themes = z.infer<typeof Themes>;

/** What themes are grouped by. */
export type ThemesBy = 'stage' | 'touchpoint';
