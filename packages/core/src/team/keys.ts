import { z } from 'zod';
import { KeyScope } from './roles.ts';

const Instant = z.iso.datetime();

/** `POST /api/keys` (owner). `origins`: site origins a `collect` key may be sent from (CORS). */
export const CreateKeyBody = z.object({
  name: z.string().trim().min(1).max(120),
  scope: KeyScope,
  origins: z.array(z.url()).max(50).optional(),
});
export type CreateKeyBody = z.infer<typeof CreateKeyBody>;

/** An API key as listed: never the key itself, only its first characters. */
export const ApiKeyInfo = z.object({
  id: z.string(),
  name: z.string(),
  scope: KeyScope,
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  origins: z.array(z.string()),
  createdAt: Instant,
  createdBy: z.string().describe('E-mail of the owner who created it'),
  lastUsedAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
});
export type ApiKeyInfo = z.infer<typeof ApiKeyInfo>;

/** The answer of `POST /api/keys`: the key, shown this once (only its hash is stored). */
export const CreatedKey = ApiKeyInfo.extend({ key: z.string() });
export type CreatedKey = z.infer<typeof CreatedKey>;

export const ApiKeyList = z.object({ items: z.array(ApiKeyInfo) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;
