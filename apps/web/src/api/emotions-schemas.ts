import { z } from 'zod';
import { Interval } from './interval.ts';

const Part = z
  .looseObject({ n: z.number().catch(0), mean: z.number().nullable().catch(null) })
  .nullable()
  .catch(null);

/** The measured emotion of one place on the map's −2 … +2 scale, pooled from texts and answers. */
const EmotionScore = z.looseObject({
  score: z.number().nullable().catch(null).describe('Mean on −2 … +2; null without signals'),
  n: z.number().catch(0).describe('Signals: scored texts plus valid survey answers'),
  ci: Interval,
  texts: Part.describe('Text sentiment alone'),
  answers: Part.describe('Survey answers alone'),
});
export type EmotionScore = z.infer<typeof EmotionScore>;

const EmotionPoint = EmotionScore.extend({ name: z.string().describe('Stage or touchpoint id') });
export type EmotionPoint = z.infer<typeof EmotionPoint>;

/** `GET /api/maps/:id/emotions`: the emotion curve from data. */
export const EmotionCurve = z.looseObject({
  overall: EmotionScore,
  byStage: z.array(EmotionPoint).catch([]),
  byTouchpoint: z.array(EmotionPoint).catch([]),
});
export type EmotionCurve = z.infer<typeof EmotionCurve>;
