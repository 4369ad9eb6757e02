import { AttributionResult } from '@opencjm/core';
import { z } from 'zod';
import { Duration } from '../analytics/duration.ts';
import { MapOption } from '../analytics/options.ts';
import { AttributionModel } from './models.ts';

export { AttributionResult };

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
