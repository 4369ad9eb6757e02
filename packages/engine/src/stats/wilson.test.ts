import { describe, expect, it } from 'vitest';
import { wilson, Z_95 } from './wilson.ts';

describe('Wilson score interval', () => {
  it('matches hand-computed values', () => {
    // 3 of 4: p = .75, z² = 3.841459, denominator 1 + z²/4 = 1.960365,
    // centre (.75 + z²/8) / 1.960365 = .627527, margin z·√(.046875 + z²/64) / 1.960365 = .326886
    const [lo, hi] = wilson(3, 4);
    expect(lo).toBeCloseTo(0.300642, 6);
    expect(hi).toBeCloseTo(0.954413, 6);
    // 0 of n: the upper end is z² / (n + z²)
    expect(wilson(0, 10)[0]).toBe(0);
    expect(wilson(0, 10)[1]).toBeCloseTo((Z_95 * Z_95) / (10 + Z_95 * Z_95), 12);
    // n of n mirrors 0 of n
    expect(wilson(10, 10)[0]).toBeCloseTo(1 - (Z_95 * Z_95) / (10 + Z_95 * Z_95), 12);
    expect(wilson(10, 10)[1]).toBe(1);
    expect(wilson(45, 100)).toEqual([expect.closeTo(0.356145, 6), expect.closeTo(0.547554, 6)]);
  });

  it('is the whole range without trials and narrows as trials grow', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
    const [a, b] = wilson(50, 100);
    const [c, d] = wilson(5000, 10000);
    expect(d - c).toBeLessThan(b - a);
  });
});
