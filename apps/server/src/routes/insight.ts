import type { JourneyMap } from '@opencjm/core';
import {
  ces,
  csat,
  type DuckDbStore,
  detectPains,
  discoverPersonas,
  emotions,
  feedbackSentiment,
  feedbackThemes,
  nps,
  painOperations,
  type SurveyOptions,
  sentimentScorer,
} from '@opencjm/engine';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { optionalStoredMap } from '../documents/maps.ts';
import { analysisKey } from '../http/analysis-key.ts';
import { notFound } from '../http/api-error.ts';
import { clientOf } from '../http/client-abort.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import {
  CesResult,
  CsatResult,
  EmotionsResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  NpsResult,
  PainsBody,
  PainsQuery,
  PersonaSuggestionsQuery,
  PersonasResult,
  SentimentQuery,
  SurveyQuery,
  ThemesQuery,
} from '../schemas/insight.ts';
import type { Workspace } from '../store/workspace.ts';

/**
 * What customers feel, from the workspace's events: survey metrics, text sentiment and
 * themes, the data-driven emotion curve, pain points with proposed cards, and persona
 * suggestions from customer clusters. Read-only, so they share the store with map edits.
 */
export const insightRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (app, { workspace }) => {
  const loadMap = (id: string | undefined) => optionalStoredMap(workspace.maps, id);
  const run = <T>(
    request: FastifyRequest,
    map: JourneyMap | undefined,
    work: (store: DuckDbStore) => Promise<T>,
  ) => workspace.analyses.cached(analysisKey(request, map), work, clientOf(request));
  const tags = ['insight'];
  const responses = <T>(body: T) => ({ 200: body, ...ERROR_RESPONSES });

  // The three survey routes differ in metric, answer schema and engine function only.
  const survey = (
    metric: 'nps' | 'csat' | 'ces',
    body: z.ZodType,
    compute: (store: DuckDbStore, options: SurveyOptions) => Promise<unknown>,
  ) =>
    app.get(
      `/analytics/${metric}`,
      {
        schema: {
          tags,
          summary: `${metric.toUpperCase()} overall and per stage, touchpoint, channel and attribute, with 95% intervals`,
          querystring: SurveyQuery,
          response: responses(body),
        },
      },
      async (request) => {
        const map = await loadMap(request.query.map);
        return run(request, map, (store) => compute(store, { map, by: request.query.attribute }));
      },
    );
  survey('nps', NpsResult, nps);
  survey('csat', CsatResult, csat);
  survey('ces', CesResult, ces);

  app.get(
    '/analytics/sentiment',
    {
      schema: {
        tags,
        summary: 'Sentiment of customer texts overall and per stage and touchpoint',
        querystring: SentimentQuery,
        response: responses(FeedbackSentimentResult),
      },
    },
    async (request) => {
      const map = await loadMap(request.query.map);
      return run(request, map, (store) => feedbackSentiment(store, { map, lang: request.query.lang }));
    },
  );

  app.get(
    '/analytics/themes',
    {
      schema: {
        tags,
        summary: 'Key phrases of negative and positive texts per touchpoint or stage, with quotes',
        querystring: ThemesQuery,
        response: responses(FeedbackThemesResult),
      },
    },
    async (request) => {
      const map = await loadMap(request.query.map);
      const { by, lang } = request.query;
      return run(request, map, (store) => feedbackThemes(store, { map, by, lang }));
    },
  );

  app.get(
    '/maps/:id/emotions',
    {
      schema: {
        tags,
        summary: 'The data-driven emotion curve of a map (−2 … +2) from sentiment and survey answers',
        params: IdParams,
        response: responses(EmotionsResult),
      },
    },
    async (request) => {
      const map = await loadMap(request.params.id);
      return run(request, map, (store) => emotions(store, { map, scorer: sentimentScorer }));
    },
  );

  app.get(
    '/maps/:id/pains',
    {
      schema: {
        tags,
        summary:
          'Pain points ranked by severity, each with a proposed pain card and the operations that add it',
        params: IdParams,
        querystring: PainsQuery,
        response: responses(PainsBody),
      },
    },
    async (request) => {
      const map = await loadMap(request.params.id);
      if (!map) throw notFound();
      const { lang, window } = request.query;
      const result = await run(request, map, (store) =>
        detectPains(store, { map, scorer: sentimentScorer, window, ...(lang ? { language: lang } : {}) }),
      );
      const findings = result.findings.map((f) => ({
        ...f,
        operations: f.card ? painOperations(map, f.card) : [],
      }));
      return { ...result, findings };
    },
  );

  app.get(
    '/personas/suggestions',
    {
      schema: {
        tags,
        summary: 'Customer clusters on behaviour and attributes, each with a persona draft (source: data)',
        querystring: PersonaSuggestionsQuery,
        response: responses(PersonasResult),
      },
    },
    async (request) => {
      const { k, lang } = request.query;
      const map = await loadMap(request.query.map);
      return run(request, map, (store) =>
        discoverPersonas(store, { map, ...(k ? { k } : {}), ...(lang ? { language: lang } : {}) }),
      );
    },
  );
};
