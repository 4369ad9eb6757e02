import type { JourneyMap, Persona } from '@opencjm/core';
import { AnalyticsError, type PeriodOption, utcPeriod } from '@opencjm/engine';
import { ExportFormat, exportMap, FORMAT_EXTENSIONS, type MapData, MissingFontError } from '@opencjm/render';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { storedMap } from '../documents/maps.ts';
import { storedPersona } from '../documents/personas.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { attachment } from '../http/attachment.ts';
import { clientOf } from '../http/client-abort.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES, ErrorBody } from '../schemas/errors.ts';
import { EXPORT_MEDIA_TYPES, ExportFile, ExportQuery } from '../schemas/exports.ts';
import { metricsKey } from '../store/metrics-warmer.ts';
import type { Workspace } from '../store/workspace.ts';
import { mapMetrics } from './map-metrics.ts';
import { requirePeriod } from './period-query.ts';

/**
 * Exports of a stored map (through @opencjm/render), with the map's personas in the header
 * and, with `withData=true`, the map's measured figures (over all time, or over `from` … `to`,
 * which the export then names beside the figures).
 */
export const exportRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (app, { workspace }) => {
  app.get(
    '/maps/:id/export',
    {
      schema: {
        tags: ['maps'],
        summary: 'Export a map as a file: svg, png, pdf, xlsx, pptx, md, html, csv or mermaid',
        params: IdParams,
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The file, as an attachment named after the map title',
            content: Object.fromEntries(
              ExportFormat.options.map((format) => [mediaType(format), { schema: ExportFile }]),
            ),
          },
          ...ERROR_RESPONSES,
          500: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const stored = await workspace.maps.get(request.params.id);
      if (stored === undefined) throw notFound();
      const { map } = storedMap(stored);
      const { format, lang, page, scale, withData, window } = request.query;
      const period = requirePeriod(request.query.from, request.query.to);
      const personas = await mapPersonas(workspace, map.personas);
      const data = withData ? await exportData(workspace, map, window, period, request) : undefined;
      let file: string | Uint8Array;
      try {
        file = await exportMap(map, format, { personas, lang, page, scale, data });
      } catch (error) {
        if (error instanceof MissingFontError) throw missingFont(error);
        throw error;
      }
      const extension = FORMAT_EXTENSIONS[format];
      return reply
        .header('content-type', EXPORT_MEDIA_TYPES[format])
        .header('content-disposition', attachment(`${map.title}.${extension}`, `${map.id}.${extension}`))
        .send(typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(file));
    },
  );
};

/**
 * The figures an export "with data" carries: the map metrics of GET /api/maps/:id/metrics,
 * by the same function through the same analysis queue and under the same key, so the
 * figures the server computed ahead for the editor serve the export as they are.
 */
async function exportData(
  workspace: Workspace,
  map: JourneyMap,
  window: string,
  period: PeriodOption,
  request: FastifyRequest,
): Promise<MapData> {
  try {
    // The key the metrics route and the warmer use, so figures computed ahead serve the export too.
    const figures = await workspace.analyses.cached(
      metricsKey(map, window, period),
      (store) => mapMetrics(store, map, window, period),
      clientOf(request),
    );
    const span = utcPeriod(period);
    return {
      stages: figures.stages,
      windowSeconds: figures.windowSeconds,
      ...(span ? { period: span } : {}),
    };
  } catch (error) {
    if (error instanceof AnalyticsError)
      throw new ApiError(400, {
        error: { code: error.code, issues: [{ path: 'window', code: error.code, message: error.message }] },
      });
    throw error;
  }
}

/** The media type of a format without its parameters, as OpenAPI lists it. */
function mediaType(format: ExportFormat): string {
  return EXPORT_MEDIA_TYPES[format].split(';')[0] ?? EXPORT_MEDIA_TYPES[format];
}

/** The stored persona documents among `ids`; ids without a document are left out. */
async function mapPersonas(workspace: Workspace, ids: readonly string[]): Promise<Persona[]> {
  const found = await Promise.all(ids.map((id) => workspace.personas.get(id)));
  return found.flatMap((stored) => (stored === undefined ? [] : [storedPersona(stored).persona]));
}

/** 500 `missing-font`: the server lacks a font file; the issue names the Debian package. */
function missingFont(error: MissingFontError): ApiError {
  return new ApiError(500, {
    error: {
      code: 'missing-font',
      issues: [
        {
          path: '',
          code: 'missing-font',
          message: error.message,
          params: { path: error.path, package: error.debianPackage },
        },
      ],
    },
  });
}
