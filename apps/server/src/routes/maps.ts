import { randomUUID } from 'node:crypto';
import { createMapFromTemplate, getTemplate, type JourneyMap } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMapWithId, requireValidMap, storedMap } from '../documents/maps.ts';
import { invalid, notFound } from '../http/api-error.ts';
import { requireInserted, requireWritten } from '../http/write-outcome.ts';
import { IdParams, VersionQuery } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import {
  CreateMapBody,
  MapConflict,
  MapList,
  MapSummary,
  type NewMap,
  PutMapBody,
  VersionedMap,
} from '../schemas/maps.ts';
import type { Workspace } from '../store/workspace.ts';
import { changeKinds, mapActivity } from '../team/map-activity.ts';
import type { Team } from '../team/team.ts';

/** Maps: list, create (from a template or a document), read, replace, delete. */
export const mapRoutes: FastifyPluginAsyncZod<{ workspace: Workspace; team: Team }> = async (
  app,
  { workspace, team },
) => {
  const { maps } = workspace;

  app.get(
    '/maps',
    { schema: { tags: ['maps'], summary: 'List the maps, last written first', response: { 200: MapList } } },
    async () => {
      const rows = await maps.list();
      return {
        items: rows.map(({ id, version, updatedAt, fields }) =>
          MapSummary.parse({ id, version, updatedAt, ...fields, basedOn: fields.basedOn ?? undefined }),
        ),
      };
    },
  );

  app.post(
    '/maps',
    {
      schema: {
        tags: ['maps'],
        summary: 'Create a map from a stage template, or store a whole map document',
        body: CreateMapBody,
        response: { 201: VersionedMap, 400: ERROR_RESPONSES[400], 409: MapConflict },
      },
    },
    async (request, reply) => {
      const map = newMap(request.body);
      const done = requireInserted(await maps.insert(map.id, map));
      await mapActivity(team, request).created(map);
      return reply.status(201).send({ map, version: done.version });
    },
  );

  app.get(
    '/maps/:id',
    {
      schema: {
        tags: ['maps'],
        summary: 'Read a map and its version',
        params: IdParams,
        response: { 200: VersionedMap, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const stored = await maps.get(request.params.id);
      if (stored === undefined) throw notFound();
      return storedMap(stored);
    },
  );

  app.put(
    '/maps/:id',
    {
      schema: {
        tags: ['maps'],
        summary: 'Replace a map; answers 409 with the current map when `version` is not the stored one',
        params: IdParams,
        body: PutMapBody,
        response: { 200: VersionedMap, ...ERROR_RESPONSES, 409: MapConflict },
      },
    },
    async (request) => {
      const map = requireMapWithId(request.body.map, request.params.id);
      const before = await maps.get(map.id);
      const done = requireWritten(await maps.update(map.id, request.body.version, map), storedMap);
      if (before !== undefined)
        await mapActivity(team, request).edited(map.id, changeKinds(storedMap(before).map, map));
      return { map, version: done.version };
    },
  );

  app.delete(
    '/maps/:id',
    {
      schema: {
        tags: ['maps'],
        summary: 'Delete a map; answers 409 with the current map when `version` is not the stored one',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.undefined().describe('Deleted'), ...ERROR_RESPONSES, 409: MapConflict },
      },
    },
    async (request, reply) => {
      requireWritten(await maps.remove(request.params.id, request.query.version), storedMap);
      await mapActivity(team, request).deleted(request.params.id);
      return reply.status(204).send();
    },
  );
};

/** The document a `POST /api/maps` asks for; ids of new template maps are random UUIDs. */
function newMap(body: NewMap): JourneyMap {
  if (body.from === 'document') return requireValidMap(body.document);
  if (getTemplate(body.template) === undefined)
    throw invalid('unknown-template', [
      {
        path: 'template',
        code: 'unknown-template',
        message: `unknown template "${body.template}"`,
        params: { id: body.template },
      },
    ]);
  return createMapFromTemplate(body.template, {
    id: randomUUID(),
    language: body.language,
    title: body.title,
    persona: body.persona,
    type: body.type,
    process: body.process,
  });
}
