import { describe, expect, it } from 'vitest';
import { fisherExact } from './fisher.ts';

describe('Fisher exact test, two-sided', () => {
  it("gives the lady tasting tea's p = 34/70", () => {
    // margins 4/4 of 8: P(3) = P(1) = 16/70, P(4) = P(0) = 1/70, P(2) = 36/70
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
    expect(fisherExact(0, 5, 5, 0)).toBeCloseTo(2 / 252, 12);
    expect(fisherExact(2, 0, 0, 2)).toBeCloseTo(1 / 3, 12);
  });

  it('matches exact rational sums of hypergeometric terms', () => {
    // references computed with exact binomials (Python fractions)
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.0027594561852200836, 14);
    expect(fisherExact(7, 3, 2, 8)).toBeCloseTo(0.06977851869492736, 14);
    expect(fisherExact(10, 10, 10, 10)).toBe(1);
    const p = fisherExact(120, 880, 300, 8700);
    expect(p / 4.102996987094603e-28).toBeCloseTo(1, 6);
  });

  it('handles degenerate margins and large groups', () => {
    expect(fisherExact(0, 0, 3, 4)).toBe(1);
    expect(fisherExact(5, 0, 7, 0)).toBe(1);
    const big = fisherExact(50_000, 450_000, 49_000, 451_000);
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(0.05);
  });
});
