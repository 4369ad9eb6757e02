import { Id, MapFigures } from '@opencjm/core';
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

/** `GET /api/maps/:id/metrics`: figures per stage id and per touchpoint id (the engine's `MapFigures`). */
export const MapMetricsBody = MapFigures;
export type MapMetricsBody = MapFigures;
