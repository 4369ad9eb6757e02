import type { FeatureVector } from '../model/features.ts';
import { type LinearModel, margin, sigmoid } from '../model/linear.ts';

/** One training example: its features, its class (1 = positive) and its weight. */
export interface Example {
  x: FeatureVector;
  y: 0 | 1;
  weight: number;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** AdaGrad base step. */
  learningRate: number;
  /** L2 penalty per step on the weights an example touches. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN: Omit<TrainOptions, 'bits'> = { epochs: 6, learningRate: 0.3, l2: 1e-6, seed: 16 };

/**
 * Fits logistic regression with AdaGrad SGD over shuffled passes (the optimiser of
 * fastText and Vowpal Wabbit's linear models). Hand-written because npm's ML packages
 * (ml-logistic-regression, …) take dense matrices, and a 2^20-column dense matrix of
 * 100,000 texts does not fit in memory; this loop touches only each text's own buckets.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): LinearModel {
  const size = 1 << options.bits;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  let lexiconWeight = 0;
  let lexiconSquares = 1e-8;
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  const lr = options.learningRate;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { x, y, weight } = examples[index] as Example;
      const model = { bits: options.bits, weights, bias, lexiconWeight };
      const g = (sigmoid(margin(model, x)) - y) * weight;
      if (g === 0) continue;
      for (let i = 0; i < x.ids.length; i++) {
        const id = x.ids[i] as number;
        const grad = g * x.value + options.l2 * (weights[id] as number);
        squares[id] = (squares[id] as number) + grad * grad;
        weights[id] = (weights[id] as number) - (lr * grad) / Math.sqrt(squares[id] as number);
      }
      biasSquares += g * g;
      bias -= (lr * g) / Math.sqrt(biasSquares);
      const lg = g * x.lexicon;
      lexiconSquares += lg * lg;
      lexiconWeight -= (lr * lg) / Math.sqrt(lexiconSquares);
    }
  }
  return { bits: options.bits, weights, bias, lexiconWeight };
}

/** Weights that give each class of each corpus the same total weight. */
export function balancedWeights(labels: readonly (0 | 1)[]): number[] {
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  return labels.map((y) =>
    y === 1 ? labels.length / (2 * Math.max(1, positives)) : labels.length / (2 * Math.max(1, negatives)),
  );
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}

/** A small seeded PRNG, so training is reproducible run to run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
