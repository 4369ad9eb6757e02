import { describe, expect, it } from 'vitest';
import { holm } from './holm.ts';

/** Holm's procedure itself: reject in ascending order while p₍ᵢ₎ ≤ α / (m − i). */
function rejects(pValues: number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = pValues.map(() => false);
  for (const [rank, { p, i }] of order.entries()) {
    if (p > alpha / (pValues.length - rank)) break;
    out[i] = true;
  }
  return out;
}

describe('Holm adjustment', () => {
  it('matches the hand-worked case', () => {
    // sorted 0.01, 0.03, 0.04 → 3·0.01, max(0.03, 2·0.03), max(0.06, 1·0.04)
    const adjusted = holm([0.01, 0.04, 0.03]);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
    expect(adjusted[1]).toBeCloseTo(0.06, 15);
    expect(adjusted[2]).toBeCloseTo(0.06, 15);
  });

  it('rejects exactly what the step-down procedure rejects, at every level', () => {
    const ps = [0.2, 0.001, 0.04, 0.012, 0.013, 0.5];
    const adjusted = holm(ps);
    for (const alpha of [0.001, 0.005, 0.01, 0.05, 0.06, 0.1, 0.3, 1]) {
      expect(adjusted.map((p) => (p ?? 1) <= alpha)).toEqual(rejects(ps, alpha));
    }
  });

  it('keeps one test as it is, caps at 1 and skips tests that did not run', () => {
    expect(holm([0.02])).toEqual([0.02]);
    expect(holm([0.6, null, 0.7])).toEqual([1, null, 1]);
  });
});
