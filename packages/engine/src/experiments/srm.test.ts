import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { sampleRatio } from './srm.ts';

describe('sample-ratio mismatch', () => {
  it('matches the hand-worked two-way split', () => {
    // E = 5100 each: χ² = 2·100²/5100 = 3.9216
    const srm = sampleRatio([5000, 5200]);
    expect(srm.chiSquare).toBeCloseTo(200 / 51, 12);
    expect(srm.df).toBe(1);
    expect(srm.pValue).toBeCloseTo(0.0476703806561615, 10); // SciPy chisquare
    expect(srm.mismatch).toBe(false);
  });

  it('equals the two-sided z-test of one proportion for two groups', () => {
    const [a, b, share] = [4700, 5300, 0.5];
    const n = a + b;
    const z = (a - n * share) / Math.sqrt(n * share * (1 - share));
    const p = 2 * jstat.jStat.normal.cdf(-Math.abs(z), 0, 1);
    const srm = sampleRatio([a, b]);
    expect(srm.pValue).toBeCloseTo(p, 12);
    expect(srm.mismatch).toBe(true);
  });

  it('reads a planned unequal split', () => {
    // planned 25/25/50 of 2000 → E 500, 500, 1000: χ² = (400 + 400 + 0)/500 = 1.6, df 2, p = e^(−0.8)
    const srm = sampleRatio([480, 520, 1000], [1, 1, 2]);
    expect(srm.expectedShares).toEqual([0.25, 0.25, 0.5]);
    expect(srm.chiSquare).toBeCloseTo(1.6, 12);
    expect(srm.pValue).toBeCloseTo(Math.exp(-0.8), 12);
  });

  it('has no test for one group or no customers', () => {
    expect(sampleRatio([10]).pValue).toBeNull();
    expect(sampleRatio([0, 0]).pValue).toBeNull();
  });
});
