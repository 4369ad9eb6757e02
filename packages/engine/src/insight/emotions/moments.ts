import { type Interval, meanInterval } from '../interval.ts';

/**
 * Count, sum and sum of squares of values on the emotion scale: what survey answers (summed
 * in SQL) and text scores (summed here) pool through. Hand-written because pooling needs
 * only these three sums; the interval's t quantile comes from jStat (see `meanInterval`).
 */
export interface Moments {
  n: number;
  total: number;
  squares: number;
}

export const NO_MOMENTS: Moments = { n: 0, total: 0, squares: 0 };

/** Adds `count` copies of `value`. */
export function addValue(m: Moments, value: number, count = 1): Moments {
  return { n: m.n + count, total: m.total + value * count, squares: m.squares + value * value * count };
}

/** The sums of both samples. */
export function pool(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, total: a.total + b.total, squares: a.squares + b.squares };
}

/** Mean (null when empty). */
export function meanOf(m: Moments): number | null {
  return m.n === 0 ? null : m.total / m.n;
}

/** 95% t interval of the mean on −2 … +2; null below two values. */
export function emotionInterval(m: Moments): Interval {
  if (m.n < 2) return null;
  const mean = m.total / m.n;
  // rounding can leave a tiny negative sum of squared deviations
  const variance = Math.max(0, (m.squares - m.n * mean * mean) / (m.n - 1));
  return meanInterval(m.n, mean, Math.sqrt(variance), -2, 2);
}
