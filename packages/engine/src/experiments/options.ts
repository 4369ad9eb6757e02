import { ExperimentResult, ValueResult, VariantResult } from '@opencjm/core';
import { z } from 'zod';
import { Duration } from '../analytics/duration.ts';

export { ExperimentResult, ValueResult, VariantResult };

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
