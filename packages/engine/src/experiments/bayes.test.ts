import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { type BetaPosterior, chanceToBeat, expectedLoss, posterior } from './bayes.ts';

const { betaln } = jstat.jStat;

/**
 * P(X_b > X_a) for integer α_b in closed form (Evan Miller, "Formulas for Bayesian A/B
 * testing", 2015): Σ_{i=0}^{α_b−1} B(α_a + i, β_a + β_b) / ((β_b + i)·B(1 + i, β_b)·B(α_a, β_a)).
 */
function closedForm(a: BetaPosterior, b: BetaPosterior): number {
  let total = 0;
  for (let i = 0; i < b.alpha; i++) {
    total += Math.exp(
      betaln(a.alpha + i, a.beta + b.beta) -
        Math.log(b.beta + i) -
        betaln(1 + i, b.beta) -
        betaln(a.alpha, a.beta),
    );
  }
  return total;
}

/**
 * E[max(X_o − X_c, 0)] in closed form: E[X_o·1{X_o > X_c}] − E[X_c·1{X_o > X_c}], where
 * x·f(x; α, β) = m·f(x; α + 1, β) turns each term into a chance of the closed form above.
 */
function lossClosedForm(chosen: BetaPosterior, other: BetaPosterior): number {
  const mean = (d: BetaPosterior) => d.alpha / (d.alpha + d.beta);
  return (
    mean(other) * closedForm(chosen, { alpha: other.alpha + 1, beta: other.beta }) -
    mean(chosen) * closedForm({ alpha: chosen.alpha + 1, beta: chosen.beta }, other)
  );
}

describe('Bayesian chance to beat control', () => {
  it('uses Beta(1, 1) priors', () => {
    expect(posterior(10, 100)).toEqual({ alpha: 11, beta: 91 });
  });

  it('matches the hand-worked symmetric cases', () => {
    // equal counts: 1/2 by symmetry; Beta(2,1) vs Beta(1,1): ∫ 2x·x dx = 2/3
    expect(chanceToBeat(posterior(7, 40), posterior(7, 40))).toBeCloseTo(0.5, 9);
    expect(chanceToBeat({ alpha: 1, beta: 1 }, { alpha: 2, beta: 1 })).toBeCloseTo(2 / 3, 10);
  });

  it('equals the closed form, small and large', () => {
    const cases: [number, number, number, number][] = [
      [10, 100, 20, 100],
      [3, 30, 1, 25],
      [480, 5000, 530, 5000],
      [4800, 100_000, 5000, 100_000],
    ];
    for (const [kc, nc, kv, nv] of cases) {
      const c = posterior(kc, nc);
      const v = posterior(kv, nv);
      expect(chanceToBeat(c, v)).toBeCloseTo(closedForm(c, v), 7);
    }
    expect(chanceToBeat(posterior(10, 100), posterior(20, 100))).toBeCloseTo(0.9751730331528735, 8); // SciPy quad
  });

  it('gives the expected loss of each choice, equal to its closed form', () => {
    const c = posterior(10, 100);
    const v = posterior(20, 100);
    expect(expectedLoss(v, c)).toBeCloseTo(0.0004793587332124416, 8); // SciPy dblquad (its error ±1.5e-8)
    for (const [chosen, other] of [
      [v, c],
      [c, v],
      [posterior(480, 5000), posterior(530, 5000)],
    ] as const) {
      expect(expectedLoss(chosen, other)).toBeCloseTo(lossClosedForm(chosen, other), 8);
    }
    // E[max(X_v − X_c, 0)] − E[max(X_c − X_v, 0)] = E[X_v − X_c]
    expect(expectedLoss(c, v) - expectedLoss(v, c)).toBeCloseTo(21 / 102 - 11 / 102, 9);
  });
});
