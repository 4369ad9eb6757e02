import { EMOTION_SCORE_RANGE } from '@opencjm/core';

/** Emotion scores snap to this step when dragged or changed with the keyboard. */
export const EMOTION_STEP = 0.5;
/** Vertical space kept free above +2 and below −2 so the points are not cut, px. */
export const CURVE_PADDING = 14;

const { min: MIN, max: MAX } = EMOTION_SCORE_RANGE;

/** A score rounded to the nearest {@link EMOTION_STEP} and clamped to −2 … +2. */
export function snapScore(score: number): number {
  const snapped = Math.round(score / EMOTION_STEP) * EMOTION_STEP;
  const clamped = Math.min(MAX, Math.max(MIN, snapped));
  return clamped === 0 ? 0 : clamped;
}

/** The y coordinate (px from the top) of a score on a curve `height` px high; +2 is at the top. */
export function scoreToY(score: number, height: number): number {
  const inner = height - 2 * CURVE_PADDING;
  return CURVE_PADDING + ((MAX - score) / (MAX - MIN)) * inner;
}

/** The snapped score at `y` px from the top of a curve `height` px high (inverse of {@link scoreToY}). */
export function yToScore(y: number, height: number): number {
  const inner = height - 2 * CURVE_PADDING;
  return snapScore(MAX - ((y - CURVE_PADDING) / inner) * (MAX - MIN));
}

/** The x coordinate of the point of stage number `index`: the middle of its column. */
export function stageX(index: number, columnWidth: number): number {
  return (index + 0.5) * columnWidth;
}

/** A point of the curve, px. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A smooth SVG path through the points (Catmull-Rom turned into cubic Béziers); empty for
 * no points, a straight segment for two.
 */
export function smoothPath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  const parts = [`M${first.x.toFixed(1)},${first.y.toFixed(1)}`];
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[i - 1] ?? (points[i] as Point);
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    parts.push(
      `C${c1.x.toFixed(1)},${c1.y.toFixed(1)} ${c2.x.toFixed(1)},${c2.y.toFixed(1)} ${p2.x.toFixed(1)},${p2.y.toFixed(1)}`,
    );
  }
  return parts.join(' ');
}

/** The mood word key of a score: the nearest whole score −2 … +2. */
export function moodOf(score: number): -2 | -1 | 0 | 1 | 2 {
  const rounded = Math.round(Math.min(MAX, Math.max(MIN, score)));
  return (rounded === 0 ? 0 : rounded) as -2 | -1 | 0 | 1 | 2;
}

/**
 * The data-driven emotion of a stage from its metrics: the engine's emotion score (−2 … +2)
 * or, failing that, the mean text sentiment (−1 … +1) scaled to the emotion range.
 */
export function dataEmotion(
  metric: { emotion?: number | null; sentiment?: number | null } | undefined,
): number | null {
  if (!metric) return null;
  if (typeof metric.emotion === 'number') return Math.min(MAX, Math.max(MIN, metric.emotion));
  if (typeof metric.sentiment === 'number') return Math.min(MAX, Math.max(MIN, metric.sentiment * MAX));
  return null;
}
