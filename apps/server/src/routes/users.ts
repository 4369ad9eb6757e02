import { CreateUserBody, UpdateUserBody, User, UserList } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError, invalid, notFound } from '../http/api-error.ts';
import { ErrorBody } from '../schemas/errors.ts';
import { actorLabel } from '../team/principal.ts';
import type { Team } from '../team/team.ts';
import { publicUser } from '../team/users.ts';

const UserParams = z.object({ id: z.string().min(1).max(128) });

const lastOwner = () =>
  invalid('last-owner', [
    { path: 'role', code: 'last-owner', message: 'the workspace must keep at least one owner' },
  ]);

/** Members of the workspace: any member lists them (for @mentions); owners manage them. */
export const userRoutes: FastifyPluginAsyncZod<{ team: Team }> = async (app, { team }) => {
  app.get(
    '/users',
    { schema: { tags: ['team'], summary: 'The members, owners first', response: { 200: UserList } } },
    async () => ({ items: (await team.users.list()).map(publicUser) }),
  );

  app.post(
    '/users',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['team'],
        summary: 'Add a member with a role and a first password',
        body: CreateUserBody,
        response: { 201: User, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { email, name, password, role } = request.body;
      const user = await team.users.insert({
        email,
        name: name ?? email.split('@')[0] ?? email,
        role,
        passwordHash: await team.hash(password),
      });
      if (user === undefined) throw new ApiError(409, { error: { code: 'email-taken' } });
      await team.audit.record({
        action: 'user-created',
        actor: actorLabel(request.principal),
        target: user.email,
        ip: request.ip,
        detail: { role },
      });
      return reply.status(201).send(publicUser(user));
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['team'],
        summary: 'Change a member’s role or name',
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: User, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const before = await team.users.byId(request.params.id);
      if (before === undefined) throw notFound();
      const { role } = request.body;
      if (
        before.role === 'owner' &&
        role !== undefined &&
        role !== 'owner' &&
        (await team.users.owners()) <= 1
      )
        throw lastOwner();
      const after = await team.users.update(before.id, request.body);
      if (after === undefined) throw notFound();
      if (role !== undefined && role !== before.role) {
        await team.audit.record({
          action: 'role-changed',
          actor: actorLabel(request.principal),
          target: after.email,
          ip: request.ip,
          detail: { from: before.role, to: role },
        });
        await team.sessions.removeAllOf(after.id);
      }
      return publicUser(after);
    },
  );

  app.delete(
    '/users/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['team'],
        summary: 'Remove a member; their sessions end at once',
        params: UserParams,
        response: { 204: z.undefined(), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const user = await team.users.byId(request.params.id);
      if (user === undefined) throw notFound();
      if (user.role === 'owner' && (await team.users.owners()) <= 1) throw lastOwner();
      await team.sessions.removeAllOf(user.id);
      await team.users.remove(user.id);
      await team.audit.record({
        action: 'user-deleted',
        actor: actorLabel(request.principal),
        target: user.email,
        ip: request.ip,
      });
      return reply.status(204).send();
    },
  );
};
