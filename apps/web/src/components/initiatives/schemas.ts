import { z } from 'zod';
import { Interval } from '../../api/interval.ts';

/*
 * Answers of the experiment and attribution routes, as far as the views read them (the
 * server's schemas are the engine's ExperimentResult and AttributionResult).
 */

const Probability = z.number().nullable();

/** One variant of an evaluated experiment, the control included. */
export const ExperimentVariant = z.object({
  name: z.string(),
  control: z.boolean(),
  customers: z.number(),
  conversions: z.number(),
  rate: z.number(),
  lift: z.number().nullable(),
  ci: Interval,
  pValue: Probability,
  adjustedPValue: Probability,
  chanceToWin: Probability,
});
export type ExperimentVariant = z.infer<typeof ExperimentVariant>;

/** `GET /api/initiatives/:id/experiment`. */
export const ExperimentAnswer = z.object({
  variants: z.array(ExperimentVariant),
  srm: z.object({ pValue: z.number().nullable(), mismatch: z.boolean() }),
  planning: z.object({
    plannedSample: z.number().nullable(),
    minimalDetectableEffect: z.number().nullable(),
    readEarly: z.boolean(),
  }),
  excluded: z.object({ mixed: z.number(), unlabelled: z.number() }),
  verdict: z.object({
    code: z.enum(['not-enough-data', 'sample-ratio-mismatch', 'winner', 'loser', 'no-difference']),
    variant: z.string().nullable(),
    readEarly: z.boolean(),
    text: z.object({ ru: z.string(), en: z.string(), zh: z.string() }),
  }),
});
export type ExperimentAnswer = z.infer<typeof ExperimentAnswer>;

/** The attribution models the server knows. */
export const ATTRIBUTION_MODELS = ['first', 'last', 'linear', 'position', 'markov', 'shapley'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** `GET /api/maps/:id/attribution`: credit per touchpoint id (`channel` holds the id). */
export const AttributionAnswer = z.object({
  total: z.number(),
  converted: z.number(),
  unattributed: z.number(),
  channels: z.array(z.object({ channel: z.string(), conversions: z.number(), share: z.number() })),
});
export type AttributionAnswer = z.infer<typeof AttributionAnswer>;
