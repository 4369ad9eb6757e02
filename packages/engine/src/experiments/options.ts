import { z } from 'zod';
import { Duration } from '../analytics/duration.ts';
import { Interval } from '../insight/interval.ts';
import { SampleRatio } from './srm.ts';
import { Verdict } from './verdict.ts';

/** Options of {@link experiment}. */
export const ExperimentOptions = z.object({
  exposure: z
    .string()
    .min(1)
    .describe('Event name of the exposure (`*` wildcards allowed), e.g. experiment_viewed'),
  variantProperty: z.string().min(1).describe('Property of the exposure event that names the variant'),
  control: z.string().min(1).describe('Name of the control variant'),
  goal: z.string().min(1).describe('Event name of the goal (`*` wildcards allowed), e.g. purchase'),
  window: Duration.optional().describe(
    'Count goals at most this long after the exposure; default: any time after',
  ),
  value: z
    .string()
    .min(1)
    .optional()
    .describe('Numeric field summed over the goal events: `value`, or a property name such as revenue'),
  split: z
    .record(z.string(), z.number().positive())
    .optional()
    .describe('Planned weight of each variant, e.g. {control: 50, b: 50}; default: equal'),
  plannedSample: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Customers per variant the test was planned for'),
  mde: z
    .number()
    .positive()
    .optional()
    .describe('Relative lift the test should detect, e.g. 0.1; plans the sample from the control rate'),
  alpha: z.number().gt(0).lt(1).default(0.05).describe('Two-sided significance level'),
  power: z.number().gt(0).lt(1).default(0.8),
});
export type ExperimentOptions = z.input<typeof ExperimentOptions>;

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
