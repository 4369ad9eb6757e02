import { addCredit, type Credit, type PathGroup } from './path-group.ts';

/** The rule-based models: which touch of a path earns what share of its conversion. */
export type HeuristicModel = 'first' | 'last' | 'linear' | 'position';

/**
 * Weights of the touches of a path of length n ≥ 1, summing to 1: first touch, last
 * touch, linear (1/n each) and position-based (40% first, 40% last, 20% shared by the
 * middle; 50/50 for two touches, all for one).
 *
 * @example touchWeights('position', 4) // [0.4, 0.1, 0.1, 0.4]
 */
export function touchWeights(model: HeuristicModel, n: number): number[] {
  const weights = new Array<number>(n).fill(0);
  if (n === 0) return weights;
  if (model === 'first') weights[0] = 1;
  else if (model === 'last') weights[n - 1] = 1;
  else if (model === 'linear' || n <= 2) weights.fill(1 / n);
  else {
    weights.fill(0.2 / (n - 2));
    weights[0] = 0.4;
    weights[n - 1] = 0.4;
  }
  return weights;
}

/** Credit by a rule-based model: each converting path's touches share its conversions. */
export function heuristicCredit(model: HeuristicModel, groups: readonly PathGroup[]): Credit {
  const credit: Credit = new Map();
  for (const group of groups) {
    if (group.conversions === 0 || group.path.length === 0) continue;
    touchWeights(model, group.path.length).forEach((w, i) => {
      addCredit(credit, group.path[i] as string, group, w);
    });
  }
  return credit;
}
