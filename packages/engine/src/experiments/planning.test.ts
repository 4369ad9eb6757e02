import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { minimalDetectableEffect, sampleSize } from './planning.ts';

const { normal } = jstat.jStat;

/** Power of the two-sided z test at n per arm (ignoring the far tail). */
function power(p1: number, p2: number, n: number, alpha = 0.05): number {
  const se = Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n);
  return normal.cdf(Math.abs(p2 - p1) / se - normal.inv(1 - alpha / 2, 0, 1), 0, 1);
}

describe('experiment planning', () => {
  it('matches the hand-worked sample size', () => {
    // (1.95996 + 0.84162)² · (0.09 + 0.1056) / 0.02² = 7.84888 · 0.1956 / 0.0004 = 3838.1 → 3839
    expect(sampleSize({ baseline: 0.1, mde: 0.2 })).toBe(3839);
    expect(power(0.1, 0.12, 3839)).toBeGreaterThanOrEqual(0.8);
    expect(power(0.1, 0.12, 3837)).toBeLessThan(0.8);
  });

  it('is the inverse of the minimal detectable effect found by iteration', () => {
    for (const [baseline, n] of [
      [0.1, 3839],
      [0.03, 20_000],
      [0.5, 400],
    ] as const) {
      const mde = minimalDetectableEffect({ baseline, perArm: n });
      expect(mde).not.toBeNull();
      const exact = sampleSize({ baseline, mde: mde ?? 0 });
      expect(Math.abs(exact - n)).toBeLessThanOrEqual(1);
      expect(power(baseline, baseline * (1 + (mde ?? 0)), n)).toBeCloseTo(0.8, 6);
    }
  });

  it('says when nothing is detectable and refuses rates outside (0, 1)', () => {
    expect(minimalDetectableEffect({ baseline: 0.9, perArm: 2 })).toBeNull();
    expect(() => sampleSize({ baseline: 0, mde: 0.1 })).toThrow(/baseline rate must be in \(0, 1\), got 0/);
    expect(() => sampleSize({ baseline: 0.6, mde: 1 })).toThrow(/mde 1 gives a rate outside/);
  });
});
