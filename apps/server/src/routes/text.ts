import { scoreTexts } from '@opencjm/engine';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import { SentimentBody, SentimentResult } from '../schemas/text.ts';

/** Text analysis of texts sent by the client (the workspace's own texts are under /analytics). */
export const textRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sentiment',
    {
      // Computes from what is sent; changes nothing.
      config: { access: 'read' },
      schema: {
        tags: ['analytics'],
        summary: 'Sentiment of customer texts in Russian, English or Chinese: score −1 … +1 and a label',
        body: SentimentBody,
        response: { 200: SentimentResult, 400: ERROR_RESPONSES[400] },
      },
    },
    async (request) => ({ items: scoreTexts(request.body.texts, { lang: request.body.lang }) }),
  );
};
