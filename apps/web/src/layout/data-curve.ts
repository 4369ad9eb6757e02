import { EMOTION_SCORE_RANGE } from '@opencjm/core';
import type { Metric } from '../api/analytics-schemas.ts';
import { dataEmotion } from './emotion-geometry.ts';

const { min: MIN, max: MAX } = EMOTION_SCORE_RANGE;

/** A point of the emotion curve from data, with what it rests on when the server says. */
export interface DataCurvePoint {
  stage: string;
  /** Position of the stage on the map, from 0. */
  index: number;
  /** −2 … +2. */
  score: number;
  /** Signals (texts and answers) behind the score. */
  n: number | null;
  /** 95% interval on −2 … +2, clipped to the scale. */
  ci: readonly [number, number] | null;
}

/**
 * The data curve's points, in stage order, for the stages that have a measured emotion (see
 * {@link dataEmotion}). n and the interval belong to the engine's emotion score only, not to
 * a score scaled from text sentiment.
 */
export function dataCurvePoints(
  stages: readonly { id: string }[],
  metrics: Readonly<Record<string, Metric>>,
): DataCurvePoint[] {
  return stages.flatMap((stage, index) => {
    const metric = metrics[stage.id];
    const score = dataEmotion(metric);
    if (score === null || !metric) return [];
    const own = typeof metric.emotion === 'number';
    const n = own && typeof metric.emotionN === 'number' ? metric.emotionN : null;
    const ci = own && metric.emotionCi ? clip(metric.emotionCi) : null;
    return [{ stage: stage.id, index, score, n, ci }];
  });
}

function clip([lo, hi]: readonly [number, number]): [number, number] {
  return [Math.max(MIN, Math.min(lo, hi)), Math.min(MAX, Math.max(lo, hi))];
}
