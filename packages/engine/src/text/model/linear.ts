import type { FeatureVector } from './features.ts';

/**
 * A binary logistic-regression model over hashed features: one weight per bucket, one for
 * the lexicon score, and a bias. `probability` is P(positive).
 */
export interface LinearModel {
  bits: number;
  weights: Float32Array;
  lexiconWeight: number;
  bias: number;
}

/** P(positive | text) under a {@link LinearModel}. */
export function probability(model: LinearModel, x: FeatureVector): number {
  return sigmoid(margin(model, x));
}

/** The model's log-odds for a text. */
export function margin(model: LinearModel, x: FeatureVector): number {
  let z = model.bias + model.lexiconWeight * x.lexicon;
  const w = model.weights;
  for (let i = 0; i < x.ids.length; i++) z += (w[x.ids[i] as number] as number) * x.value;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
