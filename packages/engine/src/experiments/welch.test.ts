import jstat from 'jstat';
import { mean, sampleVariance, tTestTwoSample } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { simpson } from './integrate.ts';
import { binarySample, type Sample, welchTest } from './welch.ts';

const summary = (xs: number[]): Sample => ({ n: xs.length, mean: mean(xs), variance: sampleVariance(xs) });

/** Two-sided p of a t statistic from the closed-form density, integrated numerically. */
function pByIntegration(t: number, df: number): number {
  const norm = Math.sqrt(df) * Math.exp(jstat.jStat.betaln(0.5, df / 2));
  const density = (s: number) => (1 + (s * s) / df) ** (-(df + 1) / 2) / norm;
  return 1 - 2 * simpson(density, 0, Math.abs(t), 20_000);
}

describe('Welch t-test', () => {
  it('matches the hand-worked 0/1 case: 1 of 5 against 4 of 5', () => {
    // means 0.2 and 0.8, variances 0.2: se = √0.08, t = 0.6/0.2828 = 2.1213, df = 0.0064/0.0008 = 8
    const control = binarySample(1, 5);
    const variant = binarySample(4, 5);
    expect(control.variance).toBeCloseTo(summary([0, 1, 0, 0, 0]).variance, 15);
    expect(variant.variance).toBeCloseTo(sampleVariance([1, 1, 1, 0, 1]), 15);
    const test = welchTest(control, variant);
    expect(test?.t).toBeCloseTo(2.1213203435596424, 12);
    expect(test?.df).toBeCloseTo(8, 12);
    expect(test?.pValue).toBeCloseTo(0.066688, 6); // SciPy ttest_ind(equal_var=False): 0.066688
  });

  it('matches unequal variances and sizes, and the p of the integrated t density', () => {
    const x = [12, 15.5, 9, 20, 11, 14];
    const y = [18, 22.5, 16, 30, 25];
    const test = welchTest(summary(x), summary(y));
    expect(test?.t).toBeCloseTo(2.9472858185475284, 10);
    expect(test?.df).toBeCloseTo(6.960838172545397, 10);
    expect(test?.pValue).toBeCloseTo(0.021627668161906442, 9);
    expect(test?.pValue).toBeCloseTo(pByIntegration(test?.t ?? 0, test?.df ?? 1), 8);
  });

  it("equals Student's pooled t when the groups are the same size", () => {
    const x = [3, 7, 7, 19, 4, 6];
    const y = [10, 2, 8, 12, 15, 9];
    const test = welchTest(summary(x), summary(y));
    expect(test?.t).toBeCloseTo(-(tTestTwoSample(x, y, 0) ?? Number.NaN), 12);
  });

  it('gives no test for a group of one, and p 1 or 0 when nobody varies', () => {
    expect(welchTest(binarySample(1, 1), binarySample(3, 5))).toBeNull();
    expect(welchTest(binarySample(0, 10), binarySample(0, 12))?.pValue).toBe(1);
    expect(welchTest(binarySample(0, 10), binarySample(12, 12))?.pValue).toBe(0);
  });
});
