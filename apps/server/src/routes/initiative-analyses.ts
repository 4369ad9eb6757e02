import { createHash } from 'node:crypto';
import { AttributionQuery, AttributionResult, ExperimentResult, type JourneyMap } from '@opencjm/core';
import { AnalyticsError, attribution, type DuckDbStore, experiment } from '@opencjm/engine';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { storedInitiative } from '../documents/initiatives.ts';
import { optionalStoredMap } from '../documents/maps.ts';
import { analysisKey } from '../http/analysis-key.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { clientOf } from '../http/client-abort.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import type { Workspace } from '../store/workspace.ts';

/**
 * Analyses that close the loop of a map: the experiment of an initiative, and which
 * touchpoints of a map earn the conversions. Both run in the analysis queue like the other
 * analyses, their answers kept per query, map content (or experiment) and data version.
 */
export const initiativeAnalysisRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (
  app,
  { workspace },
) => {
  const run = <T>(request: FastifyRequest, key: string, work: (store: DuckDbStore) => Promise<T>) =>
    workspace.analyses.cached(
      key,
      async (store) => {
        try {
          return await work(store);
        } catch (error) {
          if (error instanceof AnalyticsError)
            throw new ApiError(400, {
              error: { code: error.code, issues: [{ path: '', code: error.code, message: error.message }] },
            });
          throw error;
        }
      },
      clientOf(request),
    );

  app.get(
    '/initiatives/:id/experiment',
    {
      schema: {
        tags: ['initiatives'],
        summary:
          "Evaluate the initiative's experiment from the events: per variant rate, lift with its interval, Welch p, chance to win, SRM, verdict",
        params: IdParams,
        response: { 200: ExperimentResult, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const stored = await workspace.initiatives.get(request.params.id);
      if (stored === undefined) throw notFound();
      const definition = storedInitiative(stored).initiative.experiment;
      if (definition === undefined)
        throw new ApiError(400, {
          error: {
            code: 'no-experiment',
            issues: [
              { path: 'experiment', code: 'no-experiment', message: 'the initiative defines no experiment' },
            ],
          },
        });
      const hash = createHash('sha1').update(JSON.stringify(definition)).digest('base64url');
      return run(request, `${analysisKey(request)}|${hash}`, (store) => experiment(store, definition));
    },
  );

  app.get(
    '/maps/:id/attribution',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'Credit of each touchpoint of the map for the conversions (first, last, linear, position, markov, shapley)',
        params: IdParams,
        querystring: AttributionQuery,
        response: { 200: AttributionResult, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const map: JourneyMap | undefined = await optionalStoredMap(workspace.maps, request.params.id);
      if (map === undefined) throw notFound();
      const { conversion, model, lookback } = request.query;
      return run(request, analysisKey(request, map), (store) =>
        attribution(store, { conversion, model, by: 'touchpoint', map, ...(lookback ? { lookback } : {}) }),
      );
    },
  );
};
