import { z } from 'zod';

/*
 * Which channels or touchpoints earn the conversions (`cjm attribution`,
 * `GET /api/maps/:id/attribution`); see docs/attribution.md.
 */

/** Attribution models; see docs/attribution.md. */
export const AttributionModel = z
  .enum(['first', 'last', 'linear', 'position', 'markov', 'shapley'])
  .describe('first / last touch, linear, position-based 40/20/40, Markov removal effect, simplified Shapley');
export type AttributionModel = z.infer<typeof AttributionModel>;

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
      channel: z.string().describe('Channel, or touchpoint id with by=touchpoint'),
      conversions: z.number().describe('Credited conversions, fractional'),
      share: z.number().describe('conversions / total'),
      revenue: z.number().nullable(),
      removalEffect: z.number().nullable().describe('Markov: 1 − P(conversion without it) / P(conversion)'),
    }),
  ),
});
export type AttributionResult = z.infer<typeof AttributionResult>;

/** Query of `GET /api/maps/:id/attribution`. */
export const AttributionQuery = z.object({
  conversion: z.string().trim().min(1).describe('Event name of the conversion, e.g. purchase'),
  model: AttributionModel.default('linear'),
  lookback: z.string().trim().min(1).optional().describe('e.g. 30d (default), 12h'),
});
export type AttributionQuery = z.input<typeof AttributionQuery>;
