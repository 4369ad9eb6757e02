import { AttributionModel } from '@opencjm/core';
import { heuristicCredit } from './heuristic.ts';
import { buildChain, removalEffects } from './markov.ts';
import type { Credit, PathGroup } from './path-group.ts';
import { shapleyCredit } from './shapley.ts';

export { AttributionModel };

/** Credit of a model, with the removal effect per channel for the Markov model. */
export interface ModelCredit {
  credit: Credit;
  removalEffect: Map<string, number> | null;
  /** Markov: P(conversion) from start in the fitted chain. */
  conversionProbability: number | null;
}

/**
 * Runs one model over the path groups. Markov: each channel earns its removal effect's
 * share of all conversions (and of all value) of the paths credited.
 */
export function modelCredit(model: AttributionModel, groups: readonly PathGroup[]): ModelCredit {
  if (model === 'shapley')
    return { credit: shapleyCredit(groups), removalEffect: null, conversionProbability: null };
  if (model !== 'markov') {
    return { credit: heuristicCredit(model, groups), removalEffect: null, conversionProbability: null };
  }
  const chain = buildChain(groups);
  const { probability, effects } = removalEffects(chain);
  const sum = effects.reduce((s, x) => s + x, 0);
  const credited = groups.filter((g) => g.path.length > 0);
  const conversions = credited.reduce((s, g) => s + g.conversions, 0);
  const value = credited.reduce((s, g) => s + g.value, 0);
  const credit: Credit = new Map();
  const removalEffect = new Map<string, number>();
  chain.channels.forEach((channel, i) => {
    const share = sum === 0 ? 0 : (effects[i] ?? 0) / sum;
    credit.set(channel, { conversions: share * conversions, value: share * value });
    removalEffect.set(channel, effects[i] ?? 0);
  });
  return { credit, removalEffect, conversionProbability: probability };
}
