import { LangOption, Sentiment } from '@opencjm/engine';
import { z } from 'zod';

/** Most texts one `POST /api/sentiment` scores: a page of comments, not a whole export. */
export const MAX_TEXTS = 1000;

/** `POST /api/sentiment`: customer texts to score, in a fixed language or detected per text. */
export const SentimentBody = z.object({
  texts: z.array(z.string().max(10_000)).min(1).max(MAX_TEXTS),
  lang: LangOption.default('auto'),
});

/** One result per text, in the order sent. */
export const SentimentResult = z.object({ items: z.array(Sentiment) });
