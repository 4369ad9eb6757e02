import { type Period, periodQuery } from './analytics.ts';
import { routeExists } from './http.ts';

/** The download formats of `GET /api/maps/:id/export`. */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'xlsx', 'pptx', 'md', 'html', 'csv', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The download address of a map in one format; `withData` adds the measured figures, the
 * data emotion curve and the accepted pains (the server's `withData=true`), over `period`
 * (default: all time), which the export names beside them.
 */
export function exportUrl(
  mapId: string,
  format: ExportFormat,
  withData = false,
  period: Period = {},
): string {
  const base = `/api/maps/${encodeURIComponent(mapId)}/export?format=${format}`;
  return withData ? `${base}&withData=true${periodQuery(period)}` : base;
}

/** Whether the server offers exports (a HEAD of the cheapest format answers 2xx). */
export function exportsAvailable(mapId: string): Promise<boolean> {
  return routeExists(exportUrl(mapId, 'md'));
}
