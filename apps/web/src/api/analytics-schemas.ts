import {
  DfgResult,
  DwellResult,
  FunnelResult,
  MapFigures,
  PlaceFigures,
  TimelineResult,
  TopPathsResult,
} from '@opencjm/core';
import type { z } from 'zod';

/*
 * Answers of the analytics routes: the schemas the engine computes them by and the server
 * documents them with (@opencjm/core), not copies. Where a chart wants rows rather than the
 * whole answer, a transform picks them, without guessing at other shapes.
 */

/** Measurements of one stage or touchpoint; null where nothing was measured. */
export const Metric = PlaceFigures;
export type Metric = PlaceFigures;

/** `GET /api/maps/:id/metrics`. */
export const MapMetrics = MapFigures;
export type MapMetrics = MapFigures;

/** `GET /api/analytics/funnel`. */
export const Funnel = FunnelResult;
export type Funnel = FunnelResult;

/** `GET /api/analytics/dfg`: the edges, and how many journeys start and end at each step. */
export const Dfg = DfgResult;
export type Dfg = DfgResult;
export type DfgEdge = DfgResult['edges'][number];

const pathRows = (body: TopPathsResult) => body.paths.map(({ steps, customers }) => ({ steps, customers }));

/** `GET /api/analytics/paths`: the most frequent whole paths. */
export const Paths = TopPathsResult.transform(pathRows);
export type PathRow = z.infer<typeof Paths>[number];

/** `GET /api/analytics/paths` with the count of all customers. */
export const PathsSummary = TopPathsResult.transform((body) => ({
  customers: body.customers,
  paths: pathRows(body),
}));
export type PathsSummary = z.infer<typeof PathsSummary>;

/** `GET /api/analytics/dwell`: time spent per stage, touchpoint or activity. */
export const Dwell = DwellResult.transform((body) =>
  body.rows.map(({ name, medianSeconds, p90Seconds }) => ({ name, medianSeconds, p90Seconds })),
);
export type DwellRow = z.infer<typeof Dwell>[number];

/** `GET /api/analytics/timeline?customer=ID`: one customer's events in time order. */
export const Timeline = TimelineResult.transform((body) =>
  body.events.map((event) => ({
    at: event.ts,
    name: event.event,
    channel: event.channel,
    stage: event.stage,
    text: event.text,
    score: event.score,
  })),
);
export type TimelineEvent = z.infer<typeof Timeline>[number];
