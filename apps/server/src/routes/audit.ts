import { AuditAction, AuditList } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Team } from '../team/team.ts';

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  action: AuditAction.optional(),
});

/** The audit log (owners): sign-ins and failures, roles, keys, shares, deletions. */
export const auditRoutes: FastifyPluginAsyncZod<{ team: Team }> = async (app, { team }) => {
  app.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['team'],
        summary: 'The audit log, newest first',
        querystring: AuditQuery,
        response: { 200: AuditList },
      },
    },
    async (request) => ({ items: await team.audit.list(request.query.limit, request.query.action) }),
  );
};
