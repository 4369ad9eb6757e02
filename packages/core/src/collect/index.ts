import { z } from 'zod';

/** Longest text field of a collected event (names, ids, URLs). */
const Text = z.string().max(2048);

/**
 * One event sent to `POST /api/collect` by the site tracker or a server. `event_id` makes
 * re-sending safe: an id already stored counts as a duplicate and is not stored twice.
 * At least one of `anonymous_id`, `user_id`, `email` says whose event it is.
 */
export const CollectEvent = z
  .object({
    event_id: z.string().min(1).max(128),
    timestamp: z.iso.datetime({ offset: true }),
    event: z.string().trim().min(1).max(200),
    anonymous_id: Text.optional(),
    user_id: Text.optional(),
    email: Text.optional(),
    channel: z.string().max(100).optional(),
    url: Text.optional(),
    properties: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((e) => e.anonymous_id || e.user_id || e.email, {
    message: 'needs anonymous_id, user_id or email',
    path: ['anonymous_id'],
  });
export type CollectEvent = z.infer<typeof CollectEvent>;

/** Most events in one request. */
export const MAX_COLLECT_EVENTS = 1000;

/** The body of `POST /api/collect`; `key` for `sendBeacon`, which cannot send headers. */
export const CollectBody = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_COLLECT_EVENTS),
  key: z.string().max(200).optional(),
});
export type CollectBody = z.infer<typeof CollectBody>;

/** The answer of `POST /api/collect` (202): every event is accepted, a duplicate or rejected. */
export const CollectAnswer = z.object({
  accepted: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  rejected: z.array(z.object({ index: z.number().int().nonnegative(), reason: z.string() })),
});
export type CollectAnswer = z.infer<typeof CollectAnswer>;

/** `GET /api/stats`: what the workspace holds. */
export const WorkspaceStats = z.object({
  events: z.number().int().nonnegative(),
  customers: z.number().int().nonnegative(),
  quarantined: z.number().int().nonnegative(),
  lastEventAt: z.iso.datetime().nullable(),
});
export type WorkspaceStats = z.infer<typeof WorkspaceStats>;
