import { z } from 'zod';

const Instant = z.iso.datetime();

/** `POST /api/maps/:id/shares` (owner): a read-only link, optionally expiring and with a password. */
export const CreateShareBody = z.object({
  expiresAt: Instant.optional().describe('After this instant the link answers 404'),
  password: z.string().min(4).max(1024).optional().describe('Asked before the map is shown'),
});
export type CreateShareBody = z.infer<typeof CreateShareBody>;

/** A share link of a map. */
export const Share = z.object({
  id: z.string(),
  mapId: z.string(),
  token: z.string(),
  url: z.string().describe('Path of the shared page, e.g. /shared/AbC…'),
  hasPassword: z.boolean(),
  expiresAt: Instant.nullable(),
  createdAt: Instant,
  createdBy: z.string(),
  revokedAt: Instant.nullable(),
});
export type Share = z.infer<typeof Share>;

export const ShareList = z.object({ items: z.array(Share) });
export type ShareList = z.infer<typeof ShareList>;
