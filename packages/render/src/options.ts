import { Id, Language, Persona } from '@opencjm/core';
import { z } from 'zod';

/** Measured numbers of one stage, as the engine computes them from events. */
export const StageMetric = z.object({
  customers: z.number().int().nonnegative().optional().describe('Customers who reached the stage'),
  conversion: z.number().min(0).max(1).optional().describe('Share that went on to the next stage, 0..1'),
  dropOff: z.number().min(0).max(1).optional().describe('Share lost at this stage, 0..1'),
  medianSeconds: z.number().nonnegative().optional().describe('Median time spent in the stage, seconds'),
});
export type StageMetric = z.infer<typeof StageMetric>;

/** Stage metrics keyed by stage id; stages without an entry show no numbers. */
export const StageMetrics = z.record(Id, StageMetric);
export type StageMetrics = z.infer<typeof StageMetrics>;

/** What every picture and report of a map may add to the map itself. */
export const RenderOptions = z.object({
  personas: z.array(Persona).optional().describe('Persona documents of the map, for the header'),
  metrics: StageMetrics.optional(),
  lang: Language.optional().describe("Language of the labels; defaults to the map's language"),
});
export type RenderOptions = z.infer<typeof RenderOptions>;
export type RenderOptionsInput = z.input<typeof RenderOptions>;
