import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePersonaWithId, requireValidPersona, storedPersona } from '../documents/personas.ts';
import { notFound } from '../http/api-error.ts';
import { requireInserted, requireWritten } from '../http/write-outcome.ts';
import { IdParams, VersionQuery } from '../schemas/common.ts';
import { ERROR_RESPONSES } from '../schemas/errors.ts';
import {
  CreatePersonaBody,
  PersonaConflict,
  PersonaList,
  PersonaSummary,
  PutPersonaBody,
  VersionedPersona,
} from '../schemas/personas.ts';
import type { Workspace } from '../store/workspace.ts';
import { actorLabel } from '../team/principal.ts';
import type { Team } from '../team/team.ts';

/** Personas: list, create, read, replace, delete — versioned like maps. */
export const personaRoutes: FastifyPluginAsyncZod<{ workspace: Workspace; team: Team }> = async (
  app,
  { workspace, team },
) => {
  const { personas } = workspace;

  app.get(
    '/personas',
    {
      schema: {
        tags: ['personas'],
        summary: 'List the personas, last written first',
        response: { 200: PersonaList },
      },
    },
    async () => {
      const rows = await personas.list();
      return {
        items: rows.map((row) =>
          PersonaSummary.parse({
            id: row.id,
            version: row.version,
            updatedAt: row.updatedAt,
            name: row.fields.name,
            photo: row.fields.photo ?? undefined,
            avatarSeed: row.fields.avatarSeed ?? undefined,
          }),
        ),
      };
    },
  );

  app.post(
    '/personas',
    {
      schema: {
        tags: ['personas'],
        summary: 'Create a persona; a missing id is made up by the server',
        body: CreatePersonaBody,
        response: { 201: VersionedPersona, 400: ERROR_RESPONSES[400], 409: PersonaConflict },
      },
    },
    async (request, reply) => {
      const persona = requireValidPersona(request.body.persona, randomUUID);
      const done = requireInserted(await personas.insert(persona.id, persona));
      return reply.status(201).send({ persona, version: done.version });
    },
  );

  app.get(
    '/personas/:id',
    {
      schema: {
        tags: ['personas'],
        summary: 'Read a persona and its version',
        params: IdParams,
        response: { 200: VersionedPersona, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const stored = await personas.get(request.params.id);
      if (stored === undefined) throw notFound();
      return storedPersona(stored);
    },
  );

  app.put(
    '/personas/:id',
    {
      schema: {
        tags: ['personas'],
        summary: 'Replace a persona; answers 409 with the current one when `version` is not the stored one',
        params: IdParams,
        body: PutPersonaBody,
        response: { 200: VersionedPersona, ...ERROR_RESPONSES, 409: PersonaConflict },
      },
    },
    async (request) => {
      const persona = requirePersonaWithId(request.body.persona, request.params.id);
      const done = requireWritten(
        await personas.update(persona.id, request.body.version, persona),
        storedPersona,
      );
      return { persona, version: done.version };
    },
  );

  app.delete(
    '/personas/:id',
    {
      schema: {
        tags: ['personas'],
        summary: 'Delete a persona; answers 409 with the current one when `version` is not the stored one',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.undefined().describe('Deleted'), ...ERROR_RESPONSES, 409: PersonaConflict },
      },
    },
    async (request, reply) => {
      requireWritten(await personas.remove(request.params.id, request.query.version), storedPersona);
      await team.audit.record({
        action: 'persona-deleted',
        actor: actorLabel(request.principal),
        target: request.params.id,
        ip: request.ip,
      });
      return reply.status(204).send();
    },
  );
};
