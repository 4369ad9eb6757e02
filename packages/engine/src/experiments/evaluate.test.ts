import { describe, expect, it } from 'vitest';
import { chanceToBeat, posterior } from './bayes.ts';
import { evaluateExperiment, type VariantCounts } from './evaluate.ts';
import { holm } from './holm.ts';
import { binarySample, welchTest } from './welch.ts';

const arm = (name: string, conversions: number, customers: number): VariantCounts => ({
  name,
  customers,
  conversions,
  value: null,
});
const input = { control: 'control', alpha: 0.05, power: 0.8 };

describe('evaluating an experiment', () => {
  it('names a clear winner in three languages', () => {
    const result = evaluateExperiment([arm('b', 150, 1000), arm('control', 100, 1000)], input);
    expect(result.variants.map((v) => v.name)).toEqual(['control', 'b']);
    expect(result.verdict).toMatchObject({ code: 'winner', variant: 'b', readEarly: false });
    expect(result.verdict.text.en).toBe(
      '“b” converts better than “control”: +50.0% (p < 0.001), with a > 99.9% chance to beat it.',
    );
    expect(result.verdict.text.ru).toMatch(/^Вариант «b» конвертирует лучше/);
    expect(result.verdict.text.zh).toMatch(/^“b”的转化优于“control”/);
  });

  it('corrects several variants by Holm and compares each with the control', () => {
    const counts = [arm('control', 100, 1000), arm('b', 128, 1000), arm('c', 95, 1000), arm('d', 131, 1000)];
    const result = evaluateExperiment(counts, input);
    const raw = counts
      .slice(1)
      .map((c) => welchTest(binarySample(100, 1000), binarySample(c.conversions, 1000))?.pValue ?? null);
    const byName = Object.fromEntries(result.variants.map((v) => [v.name, v]));
    expect(['b', 'c', 'd'].map((n) => byName[n]?.pValue)).toEqual(raw);
    expect(['b', 'c', 'd'].map((n) => byName[n]?.adjustedPValue)).toEqual(holm(raw));
    expect(byName.d?.chanceToWin).toBeCloseTo(chanceToBeat(posterior(100, 1000), posterior(131, 1000)), 12);
    expect(result.srm.df).toBe(3);
  });

  it('refuses to judge a split that is not the planned one', () => {
    const result = evaluateExperiment([arm('control', 100, 1000), arm('b', 180, 1200)], input);
    expect(result.srm.mismatch).toBe(true);
    expect(result.verdict.code).toBe('sample-ratio-mismatch');
    const planned = evaluateExperiment([arm('control', 100, 1000), arm('b', 180, 1200)], {
      ...input,
      split: { control: 5, b: 6 },
    });
    expect(planned.srm.pValue).toBeCloseTo(1, 12);
    expect(planned.verdict.code).toBe('winner');
    // a planned variant nobody saw is the worst mismatch
    const lost = evaluateExperiment([arm('control', 100, 1000), arm('b', 180, 1000)], {
      ...input,
      split: { control: 1, b: 1, c: 1 },
    });
    expect(lost.srm).toMatchObject({ variants: ['control', 'b', 'c'], df: 2, mismatch: true });
  });

  it('plans the sample from the mde and says when the result is read early', () => {
    const result = evaluateExperiment([arm('control', 10, 100), arm('b', 14, 100)], { ...input, mde: 0.2 });
    expect(result.planning).toMatchObject({ plannedSample: 3839, readEarly: true });
    expect(result.planning.minimalDetectableEffect).toBeGreaterThan(1);
    expect(result.verdict.text.en).toMatch(/Read early: fewer than the planned 3839 customers per variant/);
  });

  it('calls a significantly worse variant a loser', () => {
    const result = evaluateExperiment([arm('control', 200, 1000), arm('b', 120, 1000)], input);
    expect(result.verdict).toMatchObject({ code: 'loser', variant: 'b' });
  });
});
