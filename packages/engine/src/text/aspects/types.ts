import { z } from 'zod';
import { SentimentLabel } from '../types.ts';

/** The touchpoint aspects a text can speak of. */
export const AspectId = z.enum([
  'delivery',
  'courier',
  'support',
  'payment',
  'price',
  'product',
  'packaging',
  'returns',
  'app',
  'store',
]);
export type AspectId = z.infer<typeof AspectId>;

/** The sentiment of one aspect mentioned in a text. */
export const AspectSentiment = z.object({
  aspect: AspectId,
  term: z.string().describe('the word of the text that names the aspect'),
  text: z.string().describe('the clause(s) the sentiment was read from'),
  score: z.number().min(-1).max(1),
  label: SentimentLabel,
});
export type AspectSentiment = z.infer<typeof AspectSentiment>;
