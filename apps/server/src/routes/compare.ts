import { ComparePeriodsResult, CompareQuery, type CompareSplit } from '@opencjm/core';
import { AnalyticsError, compareMapPeriods } from '@opencjm/engine';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requireStoredMap } from '../documents/maps.ts';
import { analysisKey } from '../http/analysis-key.ts';
import { ApiError } from '../http/api-error.ts';
import { clientOf } from '../http/client-abort.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import type { Workspace } from '../store/workspace.ts';

/**
 * A map measured before and after a date, or in two groups (see `compareMapPeriods` of the
 * engine): per stage, conversion and time on each side and the change with its interval;
 * the map's conversion KPIs met or missed after. Read-only, through the analysis queue.
 */
export const compareRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (app, { workspace }) => {
  app.get(
    '/maps/:id/compare',
    {
      schema: {
        tags: ['analytics'],
        summary: 'A map before and after a date, or in two groups: per-stage change with its interval, KPIs',
        params: IdParams,
        querystring: CompareQuery,
        response: { 200: ComparePeriodsResult, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const split = splitOf(request.query);
      const map = await requireStoredMap(workspace.maps, request.params.id);
      return workspace.analyses.cached(
        analysisKey(request, map),
        async (store) => {
          try {
            return await compareMapPeriods(store, { map, split, window: request.query.window });
          } catch (error) {
            if (error instanceof AnalyticsError) throw badRequest(error.code, 'window', error.message);
            throw error;
          }
        },
        clientOf(request),
      );
    },
  );
};

function splitOf(q: z.infer<typeof CompareQuery>): CompareSplit {
  const grouped = q.property !== undefined || q.a !== undefined || q.b !== undefined;
  if (q.at !== undefined && grouped) {
    throw badRequest('date-or-groups', 'at', 'give at=DATE or property=, a= and b=, not both');
  }
  if (q.at !== undefined) return { kind: 'date', at: q.at };
  if (!grouped) throw badRequest('date-or-groups', 'at', 'give at=DATE or property=, a= and b=');
  for (const key of ['property', 'a', 'b'] as const) {
    if (q[key] === undefined) throw badRequest('missing-group', key, `a split into groups needs ${key}=`);
  }
  return { kind: 'groups', property: q.property ?? '', a: q.a ?? '', b: q.b ?? '' };
}

function badRequest(code: string, path: string, message: string): ApiError {
  return new ApiError(400, { error: { code, issues: [{ path, code, message }] } });
}
