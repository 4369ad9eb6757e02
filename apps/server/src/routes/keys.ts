import { ApiKeyList, CreatedKey, CreateKeyBody } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../http/api-error.ts';
import { ErrorBody } from '../schemas/errors.ts';
import { actorId, actorLabel } from '../team/principal.ts';
import type { Team } from '../team/team.ts';

const KeyParams = z.object({ id: z.string().min(1).max(128) });

/** API keys (owners): created with a scope, shown once, listed by prefix, revoked. */
export const keyRoutes: FastifyPluginAsyncZod<{ team: Team }> = async (app, { team }) => {
  app.get(
    '/keys',
    {
      config: { access: 'admin' },
      schema: { tags: ['team'], summary: 'The API keys, live ones first', response: { 200: ApiKeyList } },
    },
    async () => ({ items: await team.keys.list() }),
  );

  app.post(
    '/keys',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['team'],
        summary: 'Create an API key; the answer holds the key, shown this once',
        body: CreateKeyBody,
        response: { 201: CreatedKey, 400: ErrorBody },
      },
    },
    async (request, reply) => {
      const { name, scope, origins = [] } = request.body;
      const created = await team.keys.create({
        name,
        scope,
        origins: origins.map((origin) => new URL(origin).origin),
        createdBy: actorId(request.principal) ?? actorLabel(request.principal) ?? 'unknown',
      });
      await team.audit.record({
        action: 'key-created',
        actor: actorLabel(request.principal),
        target: `${name} (${created.prefix}…)`,
        ip: request.ip,
        detail: { scope },
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/keys/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['team'],
        summary: 'Revoke an API key: it stops working at once',
        params: KeyParams,
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const revoked = await team.keys.revoke(request.params.id);
      if (revoked === undefined) throw notFound();
      await team.audit.record({
        action: 'key-revoked',
        actor: actorLabel(request.principal),
        target: `${revoked.name} (${revoked.prefix}…)`,
        ip: request.ip,
      });
      return reply.status(204).send();
    },
  );
};
