import { wilson } from '../stats/wilson.ts';

/** A difference of two proportions, B − A, with its 95% interval. */
export interface ProportionDifference {
  readonly difference: number;
  readonly ci: [number, number];
  /** Whether the interval leaves out 0: the change is significant at the 5% level. */
  readonly excludesZero: boolean;
}

/**
 * Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval estimation for
 * the difference between independent proportions: comparison of eleven methods",
 * Statistics in Medicine 17:873–890) for pB − pA, built from the two Wilson intervals.
 * Hand-written because it is four lines over the engine's own {@link wilson}; unlike the
 * normal (Wald) interval it stays inside [−1, 1] and keeps its coverage at 0 or n
 * successes, which stages of small journeys hit often. A side without trials gives the
 * widest interval its Wilson bounds allow.
 *
 * @example proportionDifference(48, 80, 56, 70) // difference 0.2, ci ≈ [0.0524, 0.3339]
 */
export function proportionDifference(
  successesA: number,
  trialsA: number,
  successesB: number,
  trialsB: number,
): ProportionDifference {
  const pA = trialsA > 0 ? successesA / trialsA : 0;
  const pB = trialsB > 0 ? successesB / trialsB : 0;
  const [lA, uA] = wilson(successesA, trialsA);
  const [lB, uB] = wilson(successesB, trialsB);
  const difference = pB - pA;
  const lower = difference - Math.sqrt((pB - lB) ** 2 + (uA - pA) ** 2);
  const upper = difference + Math.sqrt((uB - pB) ** 2 + (pA - lA) ** 2);
  const ci: [number, number] = [Math.max(-1, lower), Math.min(1, upper)];
  return { difference, ci, excludesZero: ci[0] > 0 || ci[1] < 0 };
}
