import { z } from 'zod';

/** What the audit log records. */
export const AuditAction = z.enum([
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'password-changed',
  'owner-created',
  'user-created',
  'user-updated',
  'user-deleted',
  'role-changed',
  'key-created',
  'key-revoked',
  'share-created',
  'share-revoked',
  'map-deleted',
  'persona-deleted',
  'customer-exported',
  'customer-deleted',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** One audit entry. `actor` is the e-mail of the member, `key:NAME` for an API key, or null. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  action: AuditAction,
  actor: z.string().nullable(),
  target: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** `GET /api/audit` (owner): newest first. */
export const AuditList = z.object({ items: z.array(AuditEntry) });
export type AuditList = z.infer<typeof AuditList>;
