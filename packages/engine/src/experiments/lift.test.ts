import { describe, expect, it } from 'vitest';
import { Z_95 } from '../stats/wilson.ts';
import { relativeLift } from './lift.ts';
import { binarySample, type Sample } from './welch.ts';

/** Delta-method variance with the gradient of m_v/m_c − 1 taken by central differences. */
function numericVariance(c: Sample, v: Sample): number {
  const f = (mc: number, mv: number) => mv / mc - 1;
  const h = 1e-6;
  const dc = (f(c.mean + h, v.mean) - f(c.mean - h, v.mean)) / (2 * h);
  const dv = (f(c.mean, v.mean + h) - f(c.mean, v.mean - h)) / (2 * h);
  return dc * dc * (c.variance / c.n) + dv * dv * (v.variance / v.n);
}

describe('relative lift', () => {
  it('matches the hand-worked case: 100 of 1000 against 120 of 1000', () => {
    const c = binarySample(100, 1000);
    const v = binarySample(120, 1000);
    const { lift, ci } = relativeLift(c, v);
    expect(lift).toBeCloseTo(0.2, 12);
    // Var = 0.1057057/(1000·0.01) + 0.0144·0.0900901/(1000·0.0001) = 0.0105706 + 0.0129730
    const half = Z_95 * Math.sqrt(0.0105705706 + 0.012972973);
    expect(ci?.[0]).toBeCloseTo(0.2 - half, 8);
    expect(ci?.[1]).toBeCloseTo(0.2 + half, 8);
  });

  it('has the variance of the numerically differentiated ratio', () => {
    const c: Sample = { n: 250, mean: 31.5, variance: 410 };
    const v: Sample = { n: 260, mean: 35.2, variance: 520 };
    const { lift, ci } = relativeLift(c, v);
    const half = Z_95 * Math.sqrt(numericVariance(c, v));
    expect(ci?.[1]).toBeCloseTo((lift ?? 0) + half, 7);
  });

  it('has no lift over a control that never converts', () => {
    expect(relativeLift(binarySample(0, 50), binarySample(3, 50))).toEqual({ lift: null, ci: null });
  });
});
