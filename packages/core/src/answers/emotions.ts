import { z } from 'zod';
import { Interval } from './interval.ts';

/*
 * The data-driven emotion curve of `GET /api/maps/:id/emotions` (`cjm analyze emotions`).
 */

const Part = z.object({ n: z.number().int(), mean: z.number().nullable() });

/** The emotion of one place, pooled from every signal there. */
export const EmotionScore = z.object({
  score: z.number().nullable().describe('Mean on −2…+2 (see EMOTION_MAPPING); null without signals'),
  n: z.number().int().describe('Signals: scored texts plus valid survey answers'),
  ci: Interval.describe('95% Student-t interval of the mean, within −2…+2'),
  texts: Part.describe('Text sentiment alone'),
  answers: Part.describe('Survey answers alone'),
});
export type EmotionScore = z.infer<typeof EmotionScore>;

export const EmotionPoint = EmotionScore.extend({ name: z.string().describe('Stage or touchpoint id') });
export type EmotionPoint = z.infer<typeof EmotionPoint>;

/**
 * The data-driven emotion curve: one point per stage (every map stage, in map order, then
 * stages named only by events) and per touchpoint. Each text and each valid answer is one
 * signal of equal weight.
 */
export const EmotionsResult = z.object({
  overall: EmotionScore,
  byStage: z.array(EmotionPoint),
  byTouchpoint: z.array(EmotionPoint),
});
export type EmotionsResult = z.infer<typeof EmotionsResult>;
