import { Dfg, Dwell, Funnel, MapMetrics, Paths, Timeline } from './analytics-schemas.ts';
import { requestOptional as optional } from './optional.ts';

/** A period of the analytics views, e.g. `7d`. */
export type AnalyticsWindow = '7d' | '30d' | '90d';
export const WINDOWS: readonly AnalyticsWindow[] = ['7d', '30d', '90d'];

function query(mapId: string, window: AnalyticsWindow, extra = ''): string {
  return `map=${encodeURIComponent(mapId)}&window=${window}${extra}`;
}

export function getMapMetrics(mapId: string, signal?: AbortSignal) {
  return optional(`/api/maps/${encodeURIComponent(mapId)}/metrics`, MapMetrics, signal);
}

export function getFunnel(mapId: string, window: AnalyticsWindow, signal?: AbortSignal) {
  return optional(`/api/analytics/funnel?${query(mapId, window)}`, Funnel, signal);
}

export function getPaths(mapId: string, window: AnalyticsWindow, signal?: AbortSignal) {
  return optional(`/api/analytics/paths?${query(mapId, window)}`, Paths, signal);
}

export function getDfg(mapId: string, window: AnalyticsWindow, signal?: AbortSignal) {
  return optional(`/api/analytics/dfg?${query(mapId, window)}`, Dfg, signal);
}

export function getDwell(mapId: string, window: AnalyticsWindow, signal?: AbortSignal) {
  return optional(`/api/analytics/dwell?${query(mapId, window)}`, Dwell, signal);
}

export function getTimeline(mapId: string, customer: string, signal?: AbortSignal) {
  const extra = `&customer=${encodeURIComponent(customer)}`;
  return optional(`/api/analytics/timeline?${query(mapId, '90d', extra)}`, Timeline, signal);
}
