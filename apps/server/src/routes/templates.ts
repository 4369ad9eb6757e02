import { TEMPLATES, templateSummary } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import { TemplateList, TemplatesQuery } from '../schemas/templates.ts';

/** The stage templates of the method articles, named in one language. */
export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/templates',
    {
      schema: {
        tags: ['templates'],
        summary: 'List the stage templates a new map can start from',
        querystring: TemplatesQuery,
        response: { 200: TemplateList, 400: ERROR_RESPONSES[400] },
      },
    },
    async (request) => ({
      items: TEMPLATES.map((template) => templateSummary(template, request.query.lang)),
    }),
  );
};
