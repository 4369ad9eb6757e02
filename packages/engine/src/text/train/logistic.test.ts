import { describe, expect, it } from 'vitest';
import type { FeatureVector } from '../model/features.ts';
import { probability } from '../model/linear.ts';
import { balancedWeights, type Example, trainLogistic } from './logistic.ts';

const x = (ids: number[], lexicon = 0): FeatureVector => ({
  ids: Uint32Array.from(ids),
  value: 1 / Math.sqrt(ids.length),
  lexicon,
});

describe('trainLogistic', () => {
  it('learns which buckets mark each class, reproducibly', () => {
    // Bucket 1 marks positive texts, bucket 2 negative ones, bucket 3 is noise in both.
    const examples: Example[] = Array.from({ length: 200 }, (_, i) => ({
      x: x(i % 2 === 0 ? [1, 3] : [2, 3]),
      y: i % 2 === 0 ? 1 : 0,
      weight: 1,
    }));
    const options = { bits: 4, epochs: 5, learningRate: 0.5, l2: 0, seed: 1 };
    const model = trainLogistic(examples, options);
    expect(probability(model, x([1, 3]))).toBeGreaterThan(0.9);
    expect(probability(model, x([2, 3]))).toBeLessThan(0.1);
    expect(trainLogistic(examples, options).weights).toEqual(model.weights);
  });

  it('learns a weight for the lexicon score', () => {
    const examples: Example[] = Array.from({ length: 200 }, (_, i) => ({
      x: x([5], i % 2 === 0 ? 0.8 : -0.8),
      y: i % 2 === 0 ? 1 : 0,
      weight: 1,
    }));
    const model = trainLogistic(examples, { bits: 4, epochs: 5, learningRate: 0.5, l2: 0, seed: 1 });
    expect(model.lexiconWeight).toBeGreaterThan(1);
  });
});

describe('balancedWeights', () => {
  it('gives both classes the same total weight', () => {
    const weights = balancedWeights([1, 0, 0, 0]);
    expect(weights[0]).toBeCloseTo(2);
    expect((weights[1] as number) * 3).toBeCloseTo(2);
  });
});
