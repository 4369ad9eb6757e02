import { randomUUID } from 'node:crypto';
import { applyOperations, type JourneyMap, OperationError } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { futureStateCopy } from '../documents/future-state.ts';
import { requireValidMap, storedMap } from '../documents/maps.ts';
import { conflict, invalid, notFound } from '../http/api-error.ts';
import { requireInserted, requireWritten } from '../http/write-outcome.ts';
import { IdParams } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import { MapConflict, OperationsBody, VersionedMap } from '../schemas/maps.ts';
import type { Workspace } from '../store/workspace.ts';
import { mapActivity, operationKinds } from '../team/map-activity.ts';
import type { Team } from '../team/team.ts';

/** Edits of a stored map on the server: core operations, and the future-state copy. */
export const mapEditRoutes: FastifyPluginAsyncZod<{ workspace: Workspace; team: Team }> = async (
  app,
  { workspace, team },
) => {
  const { maps } = workspace;

  app.post(
    '/maps/:id/operations',
    {
      schema: {
        tags: ['maps'],
        summary: 'Apply core edit operations, all or nothing; 409 with the current map on a stale version',
        params: IdParams,
        body: OperationsBody,
        response: { 200: VersionedMap, ...ERROR_RESPONSES, 409: MapConflict },
      },
    },
    async (request) => {
      const stored = await maps.get(request.params.id);
      if (stored === undefined) throw notFound();
      const current = storedMap(stored);
      if (current.version !== request.body.version) throw conflict('version-conflict', current);
      const map = requireValidMap(applyOrRefuse(current.map, request.body.operations));
      const done = requireWritten(await maps.update(map.id, current.version, map), storedMap);
      await mapActivity(team, request).edited(map.id, operationKinds(request.body.operations));
      return { map, version: done.version };
    },
  );

  app.post(
    '/maps/:id/future',
    {
      schema: {
        tags: ['maps'],
        summary: 'Create the future-state copy of a map (type future, basedOn the map, a new id)',
        params: IdParams,
        response: { 201: VersionedMap, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const stored = await maps.get(request.params.id);
      if (stored === undefined) throw notFound();
      const map = futureStateCopy(storedMap(stored).map, randomUUID());
      const done = requireInserted(await maps.insert(map.id, map));
      await mapActivity(team, request).created(map);
      return reply.status(201).send({ map, version: done.version });
    },
  );
};

/**
 * The map after the operations; a refused operation answers 400 `invalid-operation` with
 * one issue at `operations[i]` whose code is the core reason (`unknown-stage` …).
 */
function applyOrRefuse(map: JourneyMap, operations: Parameters<typeof applyOperations>[1]): JourneyMap {
  try {
    return applyOperations(map, operations);
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    throw invalid('invalid-operation', [
      {
        path: error.index === undefined ? 'operations' : `operations[${error.index}]`,
        code: error.code,
        message: error.message,
        params: { ...error.params, ...(error.op === undefined ? {} : { op: error.op }) },
      },
    ]);
  }
}
