import jstat from 'jstat';
import { z } from 'zod';

/** One group summarised: its size, mean and sample variance (divisor n − 1). */
export const Sample = z.object({
  n: z.number().int().nonnegative(),
  mean: z.number(),
  variance: z.number().nonnegative().describe('sample variance, divisor n − 1'),
});
export type Sample = z.infer<typeof Sample>;

/** A two-sided Welch's t-test of mean(b) − mean(a). */
export const WelchTest = z.object({
  difference: z.number().describe('mean(b) − mean(a)'),
  standardError: z.number(),
  t: z.number(),
  df: z.number().describe('Welch–Satterthwaite degrees of freedom'),
  pValue: z.number(),
});
export type WelchTest = z.infer<typeof WelchTest>;

/**
 * The sample of 0/1 outcomes with `successes` ones out of `n`: mean k/n, variance
 * k(n − k) / (n(n − 1)).
 */
export function binarySample(successes: number, n: number): Sample {
  const mean = n === 0 ? 0 : successes / n;
  return { n, mean, variance: n < 2 ? 0 : (successes * (n - successes)) / (n * (n - 1)) };
}

/**
 * Welch's unequal-variance t-test from two summaries: t = (m_b − m_a) / √(v_a/n_a + v_b/n_b),
 * df by Welch–Satterthwaite, two-sided p = 2·P(T_df ≤ −|t|) (jStat's Student t). Null when a
 * group has fewer than two members. When both variances are 0 the spread is nil: p is 1 for
 * equal means and 0 otherwise (every member of each group agrees).
 *
 * @example welchTest({ n: 5, mean: 0.2, variance: 0.2 }, { n: 5, mean: 0.8, variance: 0.2 }) // t = 2.1213, df = 8, p = 0.0667
 */
export function welchTest(a: Sample, b: Sample): WelchTest | null {
  if (a.n < 2 || b.n < 2) return null;
  const wa = a.variance / a.n;
  const wb = b.variance / b.n;
  const difference = b.mean - a.mean;
  const standardError = Math.sqrt(wa + wb);
  if (standardError === 0) {
    return { difference, standardError, t: 0, df: a.n + b.n - 2, pValue: difference === 0 ? 1 : 0 };
  }
  const t = difference / standardError;
  const df = (wa + wb) ** 2 / (wa ** 2 / (a.n - 1) + wb ** 2 / (b.n - 1));
  const pValue = Math.min(1, 2 * jstat.jStat.studentt.cdf(-Math.abs(t), df));
  return { difference, standardError, t, df, pValue };
}
