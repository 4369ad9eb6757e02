import { z } from 'zod';
import { Duration } from '../analytics/duration.ts';
import { MapOption } from '../analytics/options.ts';
import { AttributionModel } from './models.ts';

/** Options of {@link attribution}. */
export const AttributionOptions = z.object({
  conversion: z
    .string()
    .min(1)
    .describe('Event name of the conversion (`*` wildcards allowed), e.g. purchase'),
  model: AttributionModel,
  by: z.enum(['channel', 'touchpoint']).default('channel').describe('touchpoint needs a map'),
  lookback: Duration.default(30 * 86_400).describe(
    'Touches at most this long before the conversion count; default 30d',
  ),
  value: z
    .string()
    .min(1)
    .default('value')
    .describe('Numeric field of the conversion event giving its revenue: `value`, or a property name'),
  map: MapOption,
});
export type AttributionOptions = z.input<typeof AttributionOptions>;

/** Which channels earn the conversions; see docs/attribution.md. */
export const AttributionResult = z.object({
  conversion: z.string(),
  model: AttributionModel,
  by: z.enum(['channel', 'touchpoint']),
  lookbackSeconds: z.number(),
  customers: z.number().int(),
  converted: z.number().int().describe('Customers with a conversion'),
  unattributed: z
    .number()
    .int()
    .describe('Converted customers with no channel in their look-back: not credited'),
  total: z.number().int().describe('Conversions credited to channels (converted − unattributed)'),
  revenue: z
    .number()
    .nullable()
    .describe('Value of the credited conversions; null when no conversion has one'),
  conversionProbability: z
    .number()
    .nullable()
    .describe('Markov: P(conversion) from start in the fitted chain'),
  channels: z.array(
    z.object({
      channel: z.string(),
      conversions: z.number().describe('Credited conversions, fractional'),
      share: z.number().describe('conversions / total'),
      revenue: z.number().nullable(),
      removalEffect: z.number().nullable().describe('Markov: 1 − P(conversion without it) / P(conversion)'),
    }),
  ),
});
export type AttributionResult = z.infer<typeof AttributionResult>;
