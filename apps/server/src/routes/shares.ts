import { CreateShareBody, JourneyMap, Persona, Share, ShareList } from '@opencjm/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStoredMap } from '../documents/maps.ts';
import { storedPersona } from '../documents/personas.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { clientOf } from '../http/client-abort.ts';
import { MapMetricsBody } from '../schemas/analytics.ts';
import { IdParams } from '../schemas/common.ts';
import { ErrorBody } from '../schemas/errors.ts';
import { DEFAULT_METRICS_WINDOW, metricsKey } from '../store/metrics-warmer.ts';
import type { Workspace } from '../store/workspace.ts';
import { verifyPassword } from '../team/passwords.ts';
import { actorId, actorLabel } from '../team/principal.ts';
import { publicShare } from '../team/shares.ts';
import type { Team } from '../team/team.ts';
import { mapMetrics } from './map-metrics.ts';

const ShareParams = z.object({ id: IdParams.shape.id, shareId: z.string().min(1).max(128) });
const TokenParams = z.object({ token: z.string().min(1).max(128) });
const SharedHeaders = z.object({
  'x-share-password': z.string().max(1024).optional().describe('The link’s password, when it has one'),
});

/** What a share link shows: the map, its figures from the data, and its personas. */
export const SharedMap = z.object({ map: JourneyMap, metrics: MapMetricsBody, personas: z.array(Persona) });

/** The figures a shared map shows use the editor's default funnel window. */
const SHARED_WINDOW = DEFAULT_METRICS_WINDOW;

/**
 * Share links: editors create read-only links to one map (optional expiry and password),
 * list and revoke them; anyone holding a live link reads that map and nothing else.
 */
export const shareRoutes: FastifyPluginAsyncZod<{ team: Team; workspace: Workspace }> = async (
  app,
  { team, workspace },
) => {
  const requireMap = (id: string) => requireStoredMap(workspace.maps, id);

  app.get(
    '/maps/:id/shares',
    {
      config: { access: 'write' },
      schema: {
        tags: ['shares'],
        summary: 'The share links of a map',
        params: IdParams,
        response: { 200: ShareList, 404: ErrorBody },
      },
    },
    async (request) => {
      await requireMap(request.params.id);
      return { items: (await team.shares.listOf(request.params.id)).map(publicShare) };
    },
  );

  app.post(
    '/maps/:id/shares',
    {
      config: { access: 'write' },
      schema: {
        tags: ['shares'],
        summary: 'Create a read-only link to the map',
        params: IdParams,
        body: CreateShareBody,
        response: { 201: Share, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const map = await requireMap(request.params.id);
      const { expiresAt, password } = request.body ?? {};
      const share = await team.shares.create({
        mapId: map.id,
        createdBy: actorId(request.principal) ?? actorLabel(request.principal) ?? 'unknown',
        expiresAt: expiresAt ?? null,
        passwordHash: password === undefined ? null : await team.hash(password),
      });
      await team.audit.record({
        action: 'share-created',
        actor: actorLabel(request.principal),
        target: map.id,
        ip: request.ip,
        detail: { share: share.id, expiresAt: share.expiresAt, password: share.hasPassword },
      });
      await team.activity.record({
        mapId: map.id,
        actorId: actorId(request.principal),
        action: 'shared',
        summary: 'created a share link',
      });
      return reply.status(201).send(publicShare(share));
    },
  );

  app.delete(
    '/maps/:id/shares/:shareId',
    {
      config: { access: 'write' },
      schema: {
        tags: ['shares'],
        summary: 'Revoke a share link',
        params: ShareParams,
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const { id, shareId } = request.params;
      if (!(await team.shares.revoke(id, shareId))) throw notFound();
      await team.audit.record({
        action: 'share-revoked',
        actor: actorLabel(request.principal),
        target: id,
        ip: request.ip,
        detail: { share: shareId },
      });
      await team.activity.record({
        mapId: id,
        actorId: actorId(request.principal),
        action: 'unshared',
        summary: 'revoked a share link',
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/shared/:token',
    {
      config: { access: 'public' },
      schema: {
        tags: ['shares'],
        summary: 'The map of a share link, read-only, with its data figures',
        description:
          'Answers 401 share-password-required or share-password-wrong when the link has a password (send it in x-share-password); 404 for an unknown, revoked or expired link.',
        params: TokenParams,
        headers: SharedHeaders,
        response: { 200: SharedMap, 401: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const share = await team.shares.open(request.params.token);
      if (share === undefined) throw notFound();
      if (share.passwordHash !== null) {
        const given = request.headers['x-share-password'];
        if (given === undefined) throw new ApiError(401, { error: { code: 'share-password-required' } });
        const account = `share:${share.id}`;
        const wait = team.limiter.blocked(account, request.ip);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          throw new ApiError(429, { error: { code: 'too-many-attempts' } });
        }
        if (!(await verifyPassword(given, share.passwordHash))) {
          team.limiter.failed(account, request.ip);
          throw new ApiError(401, { error: { code: 'share-password-wrong' } });
        }
      }
      const map = await requireMap(share.mapId);
      // A share shows the all-time figures (the warmed ones): a link has no period of its own.
      const metrics = await workspace.analyses.cached(
        metricsKey(map, SHARED_WINDOW),
        (store) => mapMetrics(store, map, SHARED_WINDOW),
        clientOf(request),
      );
      const personas: Persona[] = [];
      for (const id of map.personas) {
        const stored = await workspace.personas.get(id);
        if (stored !== undefined) personas.push(storedPersona(stored).persona);
      }
      reply.header('cache-control', 'no-store');
      return { map, metrics, personas };
    },
  );
};
