export { attribution } from './attribution.ts';
export { type HeuristicModel, heuristicCredit, touchWeights } from './heuristic.ts';
export { buildChain, type Chain, conversionProbability, removalEffects } from './markov.ts';
export { AttributionModel, type ModelCredit, modelCredit } from './models.ts';
export { AttributionOptions, AttributionResult } from './options.ts';
export type { Credit, PathGroup } from './path-group.ts';
export { shapleyCredit } from './shapley.ts';
