import type { JourneyMap } from '@opencjm/core';
import type { DuckDbStore } from '@opencjm/engine';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { optionalStoredMap } from '../documents/maps.ts';
import { analysisKey } from '../http/analysis-key.ts';
import { notFound } from '../http/api-error.ts';
import { clientOf } from '../http/client-abort.ts';
import { AnalyticsQuery, MapMetricsBody } from '../schemas/analytics.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import { metricsKey } from '../store/metrics-warmer.ts';
import type { Workspace } from '../store/workspace.ts';
import { ANALYTICS_KINDS, type AnalyticsKind, type Ask } from './analytics-kinds.ts';
import { mapMetrics } from './map-metrics.ts';
import { requirePeriod } from './period-query.ts';

/**
 * Journey analytics of the workspace's events (through @opencjm/engine), optionally bound
 * to a stored map: one route per kind of `ANALYTICS_KINDS` (analytics-kinds.ts), each
 * documented with its answer's schema. Queries only read, so they share the store with
 * map edits and wait for an import (which holds the store exclusively).
 */
export const analyticsRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (
  app,
  { workspace },
) => {
  const loadMap = (id: string | undefined) => optionalStoredMap(workspace.maps, id);
  const run = <T>(
    request: FastifyRequest,
    map: JourneyMap | undefined,
    work: (store: DuckDbStore) => Promise<T>,
  ): Promise<T> =>
    // An AnalyticsError becomes a 400 in the error handler, as for every route.
    workspace.analyses.cached(analysisKey(request, map), work, clientOf(request));

  for (const [name, kind] of Object.entries(ANALYTICS_KINDS) as [string, AnalyticsKind<z.ZodType>][]) {
    app.get(
      `/analytics/${name}`,
      {
        schema: {
          tags: ['analytics'],
          summary: kind.summary,
          querystring: AnalyticsQuery,
          response: { 200: kind.result, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const map = await loadMap(request.query.map);
        const ask: Ask = {
          query: request.query,
          map,
          period: requirePeriod(request.query.from, request.query.to),
        };
        kind.check?.(ask);
        return run(request, map, (store) => kind.run(store, ask));
      },
    );
  }

  app.get(
    '/maps/:id/metrics',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Customers, conversion, drop-off and median time per stage and touchpoint of a map',
        description:
          'Over all time, or over the period `from` … `to` (each journey cut to it, as in the analytics); only the all-time figures are computed ahead.',
        params: IdParams,
        querystring: AnalyticsQuery.pick({ window: true, from: true, to: true }),
        response: { 200: MapMetricsBody, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const map = await loadMap(request.params.id);
      if (!map) throw notFound();
      const { window } = request.query;
      const period = requirePeriod(request.query.from, request.query.to);
      // Keyed like the warmer's answers (store/metrics-warmer.ts), so a warmed map answers at once.
      return workspace.analyses.cached(
        metricsKey(map, window, period),
        (store) => mapMetrics(store, map, window, period),
        clientOf(request),
      );
    },
  );
};
