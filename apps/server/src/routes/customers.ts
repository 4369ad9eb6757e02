import { exportCustomer, forgetCustomer } from '@opencjm/engine';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../http/api-error.ts';
import { ErrorBody } from '../schemas/errors.ts';
import type { Workspace } from '../store/workspace.ts';
import { actorLabel } from '../team/principal.ts';
import type { Team } from '../team/team.ts';

const CustomerParams = z.object({
  identifier: z
    .string()
    .min(1)
    .max(512)
    .describe('type:value (email:anna@example.com, user_id:42 …), a plain e-mail, or a stitched customer id'),
});

const Forgotten = z.object({
  customer: z.string(),
  identifiers: z.array(z.string()),
  events: z.number().int().describe('Events removed'),
  quarantined: z.number().int().describe('Quarantined rows removed that mentioned the customer'),
});

const Exported = z.object({
  customer: z.string(),
  identifiers: z.array(z.string()),
  exportedAt: z.string(),
  events: z.array(z.record(z.string(), z.unknown())),
  quarantined: z.array(z.record(z.string(), z.unknown())),
});

/**
 * Privacy requests (owners): everything held about a person as JSON, and its deletion —
 * events, identifiers, texts, quarantined rows, journey rows and kept analysis answers.
 * Both are written to the audit log.
 */
export const customerRoutes: FastifyPluginAsyncZod<{ workspace: Workspace; team: Team }> = async (
  app,
  { workspace, team },
) => {
  app.get(
    '/customers/:identifier/export',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['privacy'],
        summary: 'Everything held about a customer: identifiers, every event, quarantined rows',
        params: CustomerParams,
        response: { 200: Exported, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const found = await workspace.analyses.run((store) => exportCustomer(store, request.params.identifier));
      if (found === undefined) throw notFound();
      await team.audit.record({
        action: 'customer-exported',
        actor: actorLabel(request.principal),
        target: found.customer,
        ip: request.ip,
        detail: { events: found.events.length },
      });
      reply.header('content-disposition', 'attachment; filename="customer-export.json"');
      return {
        ...found,
        identifiers: [...found.identifiers],
        events: [...found.events],
        quarantined: [...found.quarantined],
      };
    },
  );

  app.delete(
    '/customers/:identifier',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['privacy'],
        summary: 'Delete everything held about a customer (right to erasure)',
        params: CustomerParams,
        response: { 200: Forgotten, 404: ErrorBody },
      },
    },
    async (request) => {
      const forgotten = await workspace.lock.exclusive(() =>
        forgetCustomer(workspace.store, request.params.identifier),
      );
      if (forgotten === undefined) throw notFound();
      workspace.analyses.dataChanged();
      await team.audit.record({
        action: 'customer-deleted',
        actor: actorLabel(request.principal),
        target: forgotten.customer,
        ip: request.ip,
        detail: { events: forgotten.events, identifiers: forgotten.identifiers.length },
      });
      return { ...forgotten, identifiers: [...forgotten.identifiers] };
    },
  );
};
