import { z } from 'zod';
import { Interval } from './interval.ts';

/*
 * An experiment's evaluation (`cjm experiment`, `GET /api/initiatives/:id/experiment`);
 * see docs/experiments.md.
 */

/** Sample-ratio mismatch check: are exposures split as planned? */
export const SampleRatio = z.object({
  chiSquare: z.number(),
  df: z.number().int(),
  pValue: z.number().nullable().describe('null with fewer than two groups or no customers'),
  expectedShares: z.array(z.number()).describe('planned share of each group, same order as the groups'),
  mismatch: z.boolean().describe('pValue < 0.001: the split is not the planned one, distrust the result'),
});
export type SampleRatio = z.infer<typeof SampleRatio>;

/** What the numbers say, as a code and a sentence per language. */
export const Verdict = z.object({
  code: z.enum(['not-enough-data', 'sample-ratio-mismatch', 'winner', 'loser', 'no-difference']),
  variant: z.string().nullable().describe('The variant the verdict names (winner or loser)'),
  readEarly: z.boolean(),
  text: z.object({ ru: z.string(), en: z.string(), zh: z.string() }),
});
export type Verdict = z.infer<typeof Verdict>;

const Probability = z.number().min(0).max(1);

/** Value per exposed customer (the value field summed over the goals; 0 without). */
export const ValueResult = z.object({
  mean: z.number(),
  lift: z.number().nullable(),
  ci: Interval,
  pValue: z
    .number()
    .nullable()
    .describe("two-sided Welch's t-test against the control; null for the control"),
  adjustedPValue: z.number().nullable().describe('Holm-adjusted over the variants'),
});
export type ValueResult = z.infer<typeof ValueResult>;

/** One variant of an experiment, the control included. */
export const VariantResult = z.object({
  name: z.string(),
  control: z.boolean(),
  customers: z.number().int().describe('Customers exposed to this variant only'),
  conversions: z.number().int().describe('Of them, customers with a goal within the window after exposure'),
  rate: z.number(),
  rateCi: z.tuple([z.number(), z.number()]).describe('Wilson 95% interval of the rate'),
  lift: z.number().nullable().describe('rate / control rate − 1; null for the control'),
  ci: Interval.describe('95% interval of the lift (delta method); null for the control'),
  pValue: z.number().nullable().describe("two-sided Welch's t-test on 0/1 conversion; null for the control"),
  adjustedPValue: z.number().nullable().describe('pValue after Holm correction over the variants'),
  chanceToWin: Probability.nullable().describe(
    'P(rate > control rate), Beta(1, 1) priors; null for the control',
  ),
  expectedLoss: z
    .number()
    .nullable()
    .describe('E[max(control rate − rate, 0)]: conversion rate lost on average by choosing this variant'),
  value: ValueResult.nullable().describe('null without a value field'),
});
export type VariantResult = z.infer<typeof VariantResult>;

/** An experiment's evaluation; see docs/experiments.md. */
export const ExperimentResult = z.object({
  exposure: z.string(),
  goal: z.string(),
  variantProperty: z.string(),
  control: z.string(),
  windowSeconds: z.number().nullable(),
  valueField: z.string().nullable(),
  alpha: z.number(),
  variants: z.array(VariantResult).describe('The control first, then the other variants by name'),
  excluded: z.object({
    mixed: z.number().int().describe('Customers exposed to more than one variant, left out'),
    unlabelled: z.number().int().describe('Customers whose exposures name no variant, left out'),
  }),
  srm: SampleRatio.extend({ variants: z.array(z.string()) }),
  planning: z.object({
    plannedSample: z.number().int().nullable().describe('Customers per variant planned (given, or from mde)'),
    minimalDetectableEffect: z
      .number()
      .nullable()
      .describe('Relative lift detectable with the smallest arm so far at the control rate (alpha, power)'),
    readEarly: z.boolean().describe('A variant has fewer customers than planned: p-values are not final yet'),
  }),
  verdict: Verdict,
});
export type ExperimentResult = z.infer<typeof ExperimentResult>;
