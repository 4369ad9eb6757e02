import { Interval } from '@opencjm/core';
import jstat from 'jstat';
import { Z_95 } from '../stats/wilson.ts';

export { Interval };

/**
 * 95% Student-t interval of a mean from its sample size, mean and sample standard
 * deviation, clipped to the scale [`min`, `max`] it lives on. The t quantile comes from
 * jStat; fewer than two values give no interval (the spread is unknown).
 *
 * @example meanInterval(4, 3, 1, 1, 7) // [1.4087…, 4.5912…]  (t₀.₉₇₅,₃ = 3.1824)
 */
export function meanInterval(n: number, mean: number, sd: number, min: number, max: number): Interval {
  if (n < 2 || !Number.isFinite(sd)) return null;
  const half = jstat.jStat.studentt.inv(0.975, n - 1) * (sd / Math.sqrt(n));
  return [Math.max(min, mean - half), Math.min(max, mean + half)];
}

/**
 * 95% normal interval of a difference of two shares estimated from one trinomial sample
 * (NPS: promoters − detractors). Var(p₊ − p₋) = (p₊ + p₋ − (p₊ − p₋)²) / n. In shares
 * (−1..1), clipped to that range; no answers give no interval.
 *
 * @example trinomialInterval(5, 2, 10) // [−0.184…, 0.784…]  (0.3 ± 1.96·√(0.61/10))
 */
export function trinomialInterval(plus: number, minus: number, n: number): Interval {
  if (n <= 0) return null;
  const pPlus = plus / n;
  const pMinus = minus / n;
  const diff = pPlus - pMinus;
  const half = Z_95 * Math.sqrt((pPlus + pMinus - diff * diff) / n);
  return [Math.max(-1, diff - half), Math.min(1, diff + half)];
}
