import { Dfg, Dwell, Funnel, MapMetrics, Paths, PathsSummary, Timeline } from './analytics-schemas.ts';
import { requestOptional as optional } from './optional.ts';

/**
 * A funnel's conversion window, e.g. `7d`: how long after entering the first stage a
 * customer may take to count as converted. It is not a date range of the events.
 */
export type AnalyticsWindow = '7d' | '30d' | '90d';
export const WINDOWS: readonly AnalyticsWindow[] = ['7d', '30d', '90d'];

/** What dwell rows are: the map's stages or its touchpoints. */
export type DwellBy = 'stage' | 'touchpoint';

/**
 * The events the data views read: from `from` (a date, included) to `to` (excluded), as the
 * API's `from`/`to`; either may be absent.
 */
export interface Period {
  readonly from?: string;
  readonly to?: string;
}

/** `&from=…&to=…` of a period (empty for all time). */
export function periodQuery(period: Period = {}): string {
  return (['from', 'to'] as const)
    .filter((key) => period[key])
    .map((key) => `&${key}=${encodeURIComponent(period[key] ?? '')}`)
    .join('');
}

function query(mapId: string, window: AnalyticsWindow, extra = ''): string {
  return `map=${encodeURIComponent(mapId)}&window=${window}${extra}`;
}

function mapQuery(mapId: string, extra = ''): string {
  return `map=${encodeURIComponent(mapId)}${extra}`;
}

/** The figures on a map, over all time or over `period`. */
export function getMapMetrics(mapId: string, period: Period = {}, signal?: AbortSignal) {
  const query = periodQuery(period).replace(/^&/, '?');
  return optional(`/api/maps/${encodeURIComponent(mapId)}/metrics${query}`, MapMetrics, signal);
}

export function getFunnel(mapId: string, window: AnalyticsWindow, period: Period, signal?: AbortSignal) {
  return optional(`/api/analytics/funnel?${query(mapId, window, periodQuery(period))}`, Funnel, signal);
}

export function getPaths(mapId: string, window: AnalyticsWindow, signal?: AbortSignal) {
  return optional(`/api/analytics/paths?${query(mapId, window)}`, Paths, signal);
}

/** The top `top` paths of a map's customers and how many customers there are in all. */
export function getPathsSummary(mapId: string, top: number, period: Period, signal?: AbortSignal) {
  const extra = `&top=${top}${periodQuery(period)}`;
  return optional(`/api/analytics/paths?${mapQuery(mapId, extra)}`, PathsSummary, signal);
}

/** The process map of a map's touchpoints (the server reads no window for it). */
export function getDfg(mapId: string, period: Period, signal?: AbortSignal) {
  return optional(`/api/analytics/dfg?${mapQuery(mapId, periodQuery(period))}`, Dfg, signal);
}

/** Time spent per stage or per touchpoint of a map (the server reads no window for it). */
export function getDwell(mapId: string, by: DwellBy, period: Period, signal?: AbortSignal) {
  return optional(
    `/api/analytics/dwell?${mapQuery(mapId, `&by=${by}${periodQuery(period)}`)}`,
    Dwell,
    signal,
  );
}

export function getTimeline(mapId: string, customer: string, signal?: AbortSignal) {
  const extra = `&customer=${encodeURIComponent(customer)}`;
  return optional(`/api/analytics/timeline?${query(mapId, '90d', extra)}`, Timeline, signal);
}
