import { Id } from '@opencjm/core';
import { Dimension } from '@opencjm/engine';
import { z } from 'zod';

/** Query of the analytics routes; `map` binds events to that stored map's touchpoints and stages. */
export const AnalyticsQuery = z.object({
  map: Id.optional().describe('Id of a stored map whose touchpoint rules label the events'),
  window: z.string().default('7d').describe('Funnel window, e.g. 7d, 12h, 30m'),
  steps: z.string().optional().describe('Comma-separated event names; a funnel over them instead of the map'),
  by: Dimension.optional().describe('What the nodes of a DFG, paths or dwell rows are'),
  top: z.coerce.number().int().min(1).max(100).default(10).describe('How many paths'),
  customer: z.string().optional().describe('Any identifier of the customer, for the timeline'),
  from: z
    .string()
    .optional()
    .describe('Only events at or after this instant (ISO 8601 date or date-time; UTC without an offset)'),
  to: z.string().optional().describe('Only events before this instant (ISO 8601; excluded)'),
});
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>;

/** One stage's or touchpoint's figures on the map. */
export const MetricFigures = z.object({
  customers: z.number().int(),
  conversion: z.number().nullable().describe('Share of the first stage’s customers who reached it'),
  dropOff: z.number().nullable().describe('Share of the previous stage’s customers lost here'),
  medianSeconds: z.number().nullable().describe('Median time from the previous stage'),
  emotion: z.number().nullable().describe('Data-driven emotion −2 … +2 from texts and survey answers'),
  emotionN: z.number().int().describe('Signals behind `emotion`: scored texts plus valid answers'),
  emotionCi: z.tuple([z.number(), z.number()]).nullable().describe('95% interval of `emotion`'),
  sentiment: z.number().nullable().describe('Mean text sentiment −1 … +1; null without texts'),
});

/** `GET /api/maps/:id/metrics`: figures per stage id and per touchpoint id. */
export const MapMetricsBody = z.object({
  windowSeconds: z.number(),
  stages: z.record(z.string(), MetricFigures),
  touchpoints: z.record(z.string(), MetricFigures),
});
export type MapMetricsBody = z.infer<typeof MapMetricsBody>;
