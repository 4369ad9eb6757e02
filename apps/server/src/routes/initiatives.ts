import { randomUUID } from 'node:crypto';
import {
  CreateInitiativeBody,
  Initiative,
  InitiativeFilter,
  InitiativeList,
  InitiativeStatus,
  InitiativeSummary,
  PutInitiativeBody,
  VersionedInitiative,
} from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireLinksOnMap, storedInitiative } from '../documents/initiatives.ts';
import { storedMap } from '../documents/maps.ts';
import { invalid, notFound } from '../http/api-error.ts';
import { requireInserted, requireWritten } from '../http/write-outcome.ts';
import { IdParams, VersionQuery } from '../schemas/common.ts';
import { conflictBody, ERROR_RESPONSES } from '../schemas/errors.ts';
import type { Workspace } from '../store/workspace.ts';
import { initiativeAnalysisRoutes } from './initiative-analyses.ts';

const InitiativeConflict = conflictBody(VersionedInitiative);

/**
 * Initiatives: improvements made from a map's opportunities, with owner, status and an
 * optional experiment. Versioned like maps (409 with the current one on a stale version).
 */
export const initiativeRoutes: FastifyPluginAsyncZod<{ workspace: Workspace }> = async (
  app,
  { workspace },
) => {
  const { initiatives } = workspace;
  const mapOf = async (id: string, path: string) => {
    const stored = await workspace.maps.get(id);
    if (stored === undefined)
      throw invalid('invalid-initiative', [{ path, code: 'unknown-map', message: `no map "${id}"` }]);
    return storedMap(stored).map;
  };

  app.get(
    '/initiatives',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'List the initiatives of every map, last written first; filter by owner, map and status',
        querystring: InitiativeFilter,
        response: { 200: InitiativeList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { owner, map, status } = request.query;
      const rows = await initiatives.list();
      const items = rows.map((row) =>
        InitiativeSummary.parse({
          id: row.id,
          version: row.version,
          updatedAt: row.updatedAt,
          mapId: row.fields.mapId,
          opportunityId: row.fields.opportunityId,
          title: row.fields.title,
          owner: row.fields.owner ?? '',
          status: row.fields.status ?? 'idea',
          due: row.fields.due ?? undefined,
          // The summary keeps fields as text: an experiment shows as present or null.
          hasExperiment: row.fields.experiment !== null,
        }),
      );
      return {
        items: items.filter(
          (i) =>
            (owner === undefined || i.owner.toLowerCase() === owner.toLowerCase()) &&
            (map === undefined || i.mapId === map) &&
            (status === undefined || i.status === status),
        ),
      };
    },
  );

  app.post(
    '/initiatives',
    {
      schema: {
        tags: ['initiatives'],
        summary:
          "Make an initiative from a map's opportunity; title, owner, status and pains default to the opportunity's",
        body: CreateInitiativeBody,
        response: { 201: VersionedInitiative, 400: ERROR_RESPONSES[400], 409: InitiativeConflict },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const map = await mapOf(body.mapId, 'mapId');
      const opportunity = map.opportunities.find((o) => o.id === body.opportunityId);
      if (opportunity === undefined)
        throw invalid('invalid-initiative', [
          {
            path: 'opportunityId',
            code: 'unknown-opportunity',
            message: `map "${map.id}" has no opportunity "${body.opportunityId}"`,
          },
        ]);
      const initiative = Initiative.parse({
        ...body,
        id: body.id ?? randomUUID(),
        title: body.title ?? opportunity.title,
        owner: body.owner ?? opportunity.owner ?? '',
        status: body.status ?? InitiativeStatus.catch('idea').parse(opportunity.status),
        pains: body.pains ?? opportunity.pains,
      });
      requireLinksOnMap(initiative, map);
      const done = requireInserted(await initiatives.insert(initiative.id, initiative));
      return reply.status(201).send({ initiative, version: done.version });
    },
  );

  app.get(
    '/initiatives/:id',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'Read an initiative and its version',
        params: IdParams,
        response: { 200: VersionedInitiative, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const stored = await initiatives.get(request.params.id);
      if (stored === undefined) throw notFound();
      return storedInitiative(stored);
    },
  );

  app.put(
    '/initiatives/:id',
    {
      schema: {
        tags: ['initiatives'],
        summary:
          'Replace an initiative; answers 409 with the current one when `version` is not the stored one',
        params: IdParams,
        body: PutInitiativeBody,
        response: { 200: VersionedInitiative, ...ERROR_RESPONSES, 409: InitiativeConflict },
      },
    },
    async (request) => {
      const { initiative, version } = request.body;
      if (initiative.id !== request.params.id)
        throw invalid('invalid-initiative', [
          {
            path: 'initiative.id',
            code: 'id-mismatch',
            message: `the id "${initiative.id}" is not "${request.params.id}"`,
          },
        ]);
      const stored = await initiatives.get(initiative.id);
      if (stored === undefined) throw notFound();
      const before = storedInitiative(stored).initiative;
      if (before.mapId !== initiative.mapId || before.opportunityId !== initiative.opportunityId)
        throw invalid('invalid-initiative', [
          {
            path: 'initiative.mapId',
            code: 'fixed-origin',
            message: 'the map and opportunity of an initiative do not change',
          },
        ]);
      // The map may have been deleted since: its links are then kept as they are.
      const mapStored = await workspace.maps.get(initiative.mapId);
      if (mapStored !== undefined) requireLinksOnMap(initiative, storedMap(mapStored).map, before);
      const done = requireWritten(
        await initiatives.update(initiative.id, version, initiative),
        storedInitiative,
      );
      return { initiative, version: done.version };
    },
  );

  app.delete(
    '/initiatives/:id',
    {
      schema: {
        tags: ['initiatives'],
        summary:
          'Delete an initiative; answers 409 with the current one when `version` is not the stored one',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.undefined().describe('Deleted'), ...ERROR_RESPONSES, 409: InitiativeConflict },
      },
    },
    async (request, reply) => {
      requireWritten(await initiatives.remove(request.params.id, request.query.version), storedInitiative);
      return reply.status(204).send();
    },
  );

  await app.register(initiativeAnalysisRoutes, { workspace });
};
