import { z } from 'zod';

/** Languages the text analysis understands; `und` means none of them (digits, emoji, other scripts). */
export const TextLang = z.enum(['ru', 'en', 'zh', 'und']);
export type TextLang = z.infer<typeof TextLang>;

/** What a caller may ask for: a fixed language or detection per text. */
export const LangOption = z.enum(['auto', 'ru', 'en', 'zh']);
export type LangOption = z.infer<typeof LangOption>;

/**
 * Which sentiment model scores a text: `ensemble` (the default) averages the trained
 * classifier and the lexicon with a per-language weight; `trained` and `lexicon` are its two parts.
 */
export const SentimentModel = z.enum(['ensemble', 'trained', 'lexicon']);
export type SentimentModel = z.infer<typeof SentimentModel>;

/** Three-way polarity of one text. */
export const SentimentLabel = z.enum(['positive', 'neutral', 'negative']);
export type SentimentLabel = z.infer<typeof SentimentLabel>;

/** The sentiment of one customer text, as the engine and the `cjm sentiment` command report it. */
export const Sentiment = z.object({
  text: z.string(),
  lang: TextLang.describe('language the text was scored as (detected unless fixed by the caller)'),
  score: z
    .number()
    .min(-1)
    .max(1)
    .describe('polarity from -1 (very negative) to +1 (very positive); 0 means no sentiment found'),
  label: SentimentLabel.describe('score bucketed by the thresholds in sentiment.ts'),
});
export type Sentiment = z.infer<typeof Sentiment>;
