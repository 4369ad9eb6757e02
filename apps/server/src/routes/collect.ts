import { CollectAnswer, CollectBody, WorkspaceStats } from '@opencjm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Collector } from '../collect/collector.ts';
import { keyRateLimit } from '../collect/rate-limit.ts';
import { SegmentCall, segmentToEvent } from '../collect/segment.ts';
import { ApiError, forbidden } from '../http/api-error.ts';
import { isSameOrigin } from '../http/same-origin.ts';
import { ErrorBody } from '../schemas/errors.ts';
import { workspaceStats } from '../store/stats.ts';
import type { Workspace } from '../store/workspace.ts';

/** Largest collect request: 1,000 events of a kilobyte. */
const COLLECT_BODY_BYTES = 1024 * 1024;

const SegmentType = z.enum(['track', 'identify', 'page', 'screen', 'batch']);
const SegmentBatch = z.object({ batch: z.array(z.unknown()).min(1).max(1000) }).passthrough();

/**
 * Live events: `POST /api/collect` for the site tracker and servers (a `collect` key as
 * Bearer, or in the body for `sendBeacon`), a Segment-compatible endpoint beside it, and
 * `GET /api/stats`. Cross-site requests are answered for the origins listed on the key;
 * a key sending too fast gets 429.
 */
export const collectRoutes: FastifyPluginAsyncZod<{
  workspace: Workspace;
  collector: Collector;
  rate: { perSecond: number; burst: number };
}> = async (app, { workspace, collector, rate }) => {
  // sendBeacon sends text/plain (anything else needs a preflight it cannot make).
  app.addContentTypeParser(
    'text/plain',
    { parseAs: 'string', bodyLimit: COLLECT_BODY_BYTES },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(new ApiError(400, { error: { code: 'invalid-json' } }));
      }
    },
  );
  const limiter = keyRateLimit(rate.perSecond, rate.burst);

  /** CORS for the key's site origins, and the per-key rate limit. */
  const admit = (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.principal?.kind === 'key' ? request.principal.key : undefined;
    if (key === undefined) throw forbidden();
    const origin = request.headers.origin;
    if (origin !== undefined && !isSameOrigin(request, origin)) {
      if (!key.origins.includes(origin)) throw forbidden('origin-not-allowed');
      reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    }
    const wait = limiter.take(key.id);
    if (wait > 0) throw new ApiError(429, { error: { code: 'rate-limited' } }, { retryAfter: wait });
  };

  const preflight = async (_request: FastifyRequest, reply: FastifyReply) => {
    const origin = _request.headers.origin;
    if (origin !== undefined) reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    return reply
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  };
  app.options('/collect', { config: { access: 'public' }, schema: { hide: true } }, preflight);
  app.options(
    '/collect/segment/v1/:type',
    { config: { access: 'public' }, schema: { hide: true } },
    preflight,
  );

  app.post(
    '/collect',
    {
      bodyLimit: COLLECT_BODY_BYTES,
      config: { access: 'collect' },
      schema: {
        tags: ['collect'],
        summary: 'Send events (a collect key); answered once they are stored',
        description:
          'Each event is accepted, a duplicate (its event_id is stored already) or rejected with its index and reason. Authorization: Bearer KEY, or "key" in the body for sendBeacon (Content-Type text/plain).',
        body: CollectBody,
        response: {
          202: CollectAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          413: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      admit(request, reply);
      return reply.status(202).send(await collector.submit(request.body.events));
    },
  );

  app.post(
    '/collect/segment/v1/:type',
    {
      bodyLimit: COLLECT_BODY_BYTES,
      config: { access: 'collect' },
      schema: {
        tags: ['collect'],
        summary:
          'Segment-compatible: track, identify, page, screen and batch calls (write key = a collect key)',
        description:
          'Point a Segment or RudderStack HTTP destination here; the write key is sent as Basic auth user or Bearer.',
        params: z.object({ type: SegmentType }),
        body: z.unknown(),
        response: {
          200: z.object({ success: z.boolean() }).merge(CollectAnswer),
          400: ErrorBody,
          401: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      admit(request, reply);
      const now = new Date();
      const { type } = request.params;
      const calls =
        type === 'batch'
          ? SegmentBatch.parse(request.body).batch
          : [{ ...(typeof request.body === 'object' && request.body !== null ? request.body : {}), type }];
      const events = calls.map((raw) => {
        const call = SegmentCall.safeParse(raw);
        if (!call.success) return raw;
        return segmentToEvent(call.data, call.data.type ?? 'track', now);
      });
      const answer = await collector.submit(events);
      return { success: answer.rejected.length === 0, ...answer };
    },
  );

  app.get(
    '/stats',
    {
      schema: {
        tags: ['collect'],
        summary: 'Events, customers, quarantined rows and the last event time',
        response: { 200: WorkspaceStats },
      },
    },
    async () => workspace.analyses.cached('stats', (store) => workspaceStats(store)),
  );
};
