import { SampleRatio } from '@opencjm/core';
import jstat from 'jstat';

export { SampleRatio };

/** Below this p the split is called a mismatch (the threshold GrowthBook and Eppo use). */
export const SRM_THRESHOLD = 0.001;

/**
 * Pearson's chi-square goodness-of-fit of the observed group sizes against the planned
 * shares (`weights`, normalised; equal when absent): χ² = Σ (O − E)² / E with k − 1 degrees
 * of freedom, p = P(χ²_{k−1} ≥ χ²) from jStat.
 *
 * @example sampleRatio([5000, 5200]) // χ² = 3.92, p = 0.0477
 */
export function sampleRatio(observed: readonly number[], weights?: readonly number[]): SampleRatio {
  const w = weights ?? observed.map(() => 1);
  if (w.length !== observed.length) throw new Error('sampleRatio: one weight per group');
  const totalWeight = w.reduce((s, x) => s + x, 0);
  const expectedShares = w.map((x) => x / totalWeight);
  const n = observed.reduce((s, x) => s + x, 0);
  const df = observed.length - 1;
  if (df < 1 || n === 0)
    return { chiSquare: 0, df: Math.max(df, 0), pValue: null, expectedShares, mismatch: false };
  const chiSquare = observed.reduce((s, o, i) => {
    const e = n * (expectedShares[i] ?? 0);
    return s + (o - e) ** 2 / e;
  }, 0);
  const pValue = 1 - jstat.jStat.chisquare.cdf(chiSquare, df);
  return { chiSquare, df, pValue, expectedShares, mismatch: pValue < SRM_THRESHOLD };
}
