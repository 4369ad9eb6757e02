import { Id, Language, Persona } from '@opencjm/core';
import { z } from 'zod';

/** A measured figure within [min, max]; null or absent when the data does not give it. */
const figure = (min: number, max: number) => z.number().min(min).max(max).nullish();
const SHARE = [0, 1] as const;

/**
 * Measured numbers of one stage, as the engine's `mapFigures` computes them from events
 * (the figures the editor shows). Null and absent both mean "not measured".
 */
export const StageMetric = z.object({
  customers: z.number().int().nonnegative().nullish().describe('Customers who reached the stage'),
  conversion: figure(...SHARE).describe('Share of the first stage’s customers who reached this stage, 0..1'),
  dropOff: figure(...SHARE).describe('Share of the previous stage’s customers lost here, 0..1'),
  medianSeconds: figure(0, Number.MAX_VALUE).describe('Median time from the previous stage, seconds'),
  emotion: figure(-2, 2).describe('Data-driven emotion −2 … +2 from customer texts and survey answers'),
  emotionN: z.number().int().nonnegative().nullish().describe('Signals behind `emotion`'),
  sentiment: figure(-1, 1).describe('Mean text sentiment −1 … +1'),
  nps: figure(-100, 100).describe('Net Promoter Score of the stage, −100 … +100'),
});
export type StageMetric = z.infer<typeof StageMetric>;

/** Stage metrics keyed by stage id; stages without an entry show no numbers. */
export const StageMetrics = z.record(Id, StageMetric);
export type StageMetrics = z.infer<typeof StageMetrics>;

/**
 * The period the figures were measured over, as UTC instants (`to` excluded); absent: all
 * the data. The exports name it beside the figures.
 */
export const DataPeriod = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('First instant counted (included)'),
  to: z.iso.datetime({ offset: true }).optional().describe('Instant the period ends (excluded)'),
});
export type DataPeriod = z.infer<typeof DataPeriod>;

/**
 * What an export "with data" carries besides the map: the measured figures per stage. With
 * it every format adds the figures, the data emotion curve and the pains accepted from data.
 */
export const MapData = z.object({
  stages: StageMetrics.describe('Figures per stage id, as GET /api/maps/:id/metrics gives them'),
  windowSeconds: z.number().positive().optional().describe('Conversion window of the figures, seconds'),
  period: DataPeriod.optional().describe('Period of the figures; absent: all the data'),
});
export type MapData = z.infer<typeof MapData>;

/** What every picture and report of a map may add to the map itself. */
export const RenderOptions = z.object({
  personas: z.array(Persona).optional().describe('Persona documents of the map, for the header'),
  metrics: StageMetrics.optional(),
  data: MapData.optional().describe('Measured figures: the export "with data"'),
  lang: Language.optional().describe("Language of the labels; defaults to the map's language"),
});
export type RenderOptions = z.infer<typeof RenderOptions>;
export type RenderOptionsInput = z.input<typeof RenderOptions>;

/**
 * The data when it measured anything: some stage reached by a customer or with an emotion.
 * Figures that are all zero mean no events are bound to the map; exports then say "no data"
 * instead of printing zeros.
 */
export function measured(data: MapData | undefined): MapData | undefined {
  if (!data) return undefined;
  const any = Object.values(data.stages).some((s) => (s.customers ?? 0) > 0 || s.emotion != null);
  return any ? data : undefined;
}

/**
 * The figures to show per stage: the data's when the export is "with data" and measured
 * something, else the metrics given by hand (`cjm export --metrics`), else none.
 */
export function stageFigures(options: RenderOptions): StageMetrics | undefined {
  const data = measured(options.data);
  if (!data) return options.metrics;
  return { ...options.metrics, ...data.stages };
}
