import { describe, expect, it } from 'vitest';
import { proportionDifference } from './difference.ts';

/** Wilson bounds as the two roots of (p̂ − p)² = z² p(1 − p) / n, solved for p. */
function wilsonRoots(x: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = x / n;
  // (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0
  const a = 1 + (z * z) / n;
  const b = -(2 * p + (z * z) / n);
  const c = p * p;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

describe('proportionDifference', () => {
  it("gives Newcombe's published interval for 56/70 against 48/80", () => {
    // Newcombe 1998, Table II, example (a), method 10: 0.0524 to 0.3339
    const d = proportionDifference(48, 80, 56, 70);
    expect(d.difference).toBeCloseTo(0.2, 12);
    expect(d.ci[0]).toBeCloseTo(0.0524, 4);
    expect(d.ci[1]).toBeCloseTo(0.3339, 4);
    expect(d.excludesZero).toBe(true);
  });

  it('matches the hybrid score formula over Wilson bounds solved as quadratic roots', () => {
    for (const [xA, nA, xB, nB] of [
      [3, 6, 5, 8],
      [0, 10, 0, 20],
      [10, 10, 0, 10],
      [1, 4, 7, 9],
    ] as const) {
      const pA = xA / nA;
      const pB = xB / nB;
      const [lA, uA] = wilsonRoots(xA, nA);
      const [lB, uB] = wilsonRoots(xB, nB);
      const d = proportionDifference(xA, nA, xB, nB);
      expect(d.ci[0]).toBeCloseTo(pB - pA - Math.hypot(pB - lB, uA - pA), 9);
      expect(d.ci[1]).toBeCloseTo(pB - pA + Math.hypot(uB - pB, pA - lA), 9);
      expect(d.excludesZero).toBe(d.ci[0] > 0 || d.ci[1] < 0);
    }
  });

  it('keeps a side without trials inside [−1, 1] and not significant', () => {
    const d = proportionDifference(0, 0, 3, 4);
    expect(d.ci[0]).toBeGreaterThanOrEqual(-1);
    expect(d.ci[1]).toBeLessThanOrEqual(1);
    expect(d.excludesZero).toBe(false);
  });
});
