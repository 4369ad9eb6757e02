import type { JourneyMap } from '@opencjm/core';
import {
  AnalyticsError,
  bindingReport,
  type DuckDbStore,
  dfg,
  dwell,
  funnel,
  PeriodOption,
  timeline,
  topPaths,
} from '@opencjm/engine';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { optionalStoredMap } from '../documents/maps.ts';
import { analysisKey } from '../http/analysis-key.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { clientOf } from '../http/client-abort.ts';
import { AnalyticsKindParams, AnalyticsQuery, MapMetricsBody } from '../schemas/analytics.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import { metricsKey } from '../store/metrics-warmer.ts';
import type { Workspace } from '../store/workspace.ts';
import { mapMetrics } from './map-metrics.ts';

/**
 * Journey analytics of the workspace's events (through @opencjm/engine), optionally bound
 * to a stored map. Queries only read, so they share the store with map edits and wait for
 * an import (which holds the store exclusively).
 */
/** Longest funnel asked for by steps: more is no funnel a person reads, and costs a join per step. */
const MAX_FUNNEL_STEPS = 100;

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
    workspace.analyses.cached(
      analysisKey(request, map),
      async (store) => {
        try {
          return await work(store);
        } catch (error) {
          if (error instanceof AnalyticsError) throw analyticsError(error);
          throw error;
        }
      },
      clientOf(request),
    );

  app.get(
    '/analytics/:kind',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Funnel, DFG, top paths, dwell, one customer’s timeline or unmatched events',
        params: AnalyticsKindParams,
        querystring: AnalyticsQuery,
        response: { 200: z.record(z.string(), z.unknown()), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query;
      const map = await loadMap(q.map);
      const period = requirePeriod(q.from, q.to);
      const bound = { ...(map ? { map } : {}), ...(period ? { period } : {}) };
      switch (request.params.kind) {
        case 'funnel': {
          const steps = q.steps
            ?.split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          if (!steps && !map) throw badRequest('steps-or-map', 'map', 'give map=ID or steps=A,B,C');
          if (steps !== undefined && steps.length > MAX_FUNNEL_STEPS)
            throw badRequest(
              'too-many-steps',
              'steps',
              `a funnel has at most ${MAX_FUNNEL_STEPS} steps (got ${steps.length})`,
            );
          return run(request, map, (store) =>
            funnel(store, steps ? { steps, window: q.window, period } : { ...bound, window: q.window }),
          );
        }
        case 'dfg':
          return run(request, map, (store) =>
            dfg(store, { ...bound, by: q.by ?? (map ? 'touchpoint' : 'event') }),
          );
        case 'paths':
          return run(request, map, (store) =>
            topPaths(store, { ...bound, by: q.by ?? (map ? 'touchpoint' : 'event'), limit: q.top }),
          );
        case 'dwell':
          return run(request, map, (store) => dwell(store, { ...bound, ...(q.by ? { by: q.by } : {}) }));
        case 'timeline': {
          const customer = q.customer;
          if (!customer) throw badRequest('missing-customer', 'customer', 'give customer=ID');
          return run(request, map, (store) => timeline(store, { ...(map ? { map } : {}), customer }));
        }
        case 'unmatched': {
          if (!map) throw badRequest('missing-map', 'map', 'give map=ID');
          return run(request, map, (store) => bindingReport(store, map));
        }
      }
    },
  );

  app.get(
    '/maps/:id/metrics',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Customers, conversion, drop-off and median time per stage and touchpoint of a map',
        params: IdParams,
        querystring: AnalyticsQuery.pick({ window: true }),
        response: { 200: MapMetricsBody, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const map = await loadMap(request.params.id);
      if (!map) throw notFound();
      const { window } = request.query;
      // Keyed like the warmer's answers (store/metrics-warmer.ts), so a warmed map answers at once.
      return workspace.analyses.cached(
        metricsKey(map, window),
        (store) => mapMetrics(store, map, window),
        clientOf(request),
      );
    },
  );
};

/** The period of `from`/`to`, or undefined for all time; a 400 naming the field when invalid. */
function requirePeriod(from: string | undefined, to: string | undefined): PeriodOption {
  if (from === undefined && to === undefined) return undefined;
  const parsed = PeriodOption.safeParse({ from, to });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? 'from');
  throw badRequest('bad-period', field, `${field}: ${issue?.message ?? 'invalid'}`);
}

function analyticsError(error: AnalyticsError): ApiError {
  return badRequest(error.code, '', error.message);
}

function badRequest(code: string, path: string, message: string): ApiError {
  return new ApiError(400, { error: { code, issues: [{ path, code, message }] } });
}
