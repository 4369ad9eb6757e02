import { diffMaps } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireValidMap, storedMap } from '../documents/maps.ts';
import { notFound } from '../http/api-error.ts';
import { DiffBody, DiffResult } from '../schemas/diff.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import { DiffParams } from '../schemas/maps.ts';
import type { Workspace } from '../store/workspace.ts';

/** Semantic diffs: of two documents sent, or of two stored maps. */
export const diffRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (app, { workspace }) => {
  app.post(
    '/diff',
    {
      // Computes from what is sent; changes nothing.
      config: { access: 'read' },
      schema: {
        tags: ['diff'],
        summary: 'Diff two map documents (issue paths start with before. / after.)',
        body: DiffBody,
        response: { 200: DiffResult, 400: ERROR_RESPONSES[400] },
      },
    },
    async (request) => {
      const before = requireValidMap(request.body.before, 'before');
      const after = requireValidMap(request.body.after, 'after');
      return { changes: diffMaps(before, after) };
    },
  );

  app.get(
    '/maps/:id/diff/:otherId',
    {
      schema: {
        tags: ['diff'],
        summary: 'Diff two stored maps: from `id` (before) to `otherId` (after)',
        params: DiffParams,
        response: { 200: DiffResult, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const [before, after] = await Promise.all([
        workspace.maps.get(request.params.id),
        workspace.maps.get(request.params.otherId),
      ]);
      if (before === undefined || after === undefined) throw notFound();
      return { changes: diffMaps(storedMap(before).map, storedMap(after).map) };
    },
  );
};
