import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry } from '@opencjm/core';
import { iso, type TeamDb } from './team-db.ts';

/** Who did something: a member's e-mail, `key:NAME` for an API key, or null. */
export interface AuditInput {
  readonly action: AuditAction;
  readonly actor: string | null;
  readonly target?: string | null;
  readonly ip?: string | null;
  /** Never a password, token or key. */
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** The audit log: sign-ins, failures, roles, keys, shares and deletions. Append-only. */
export function auditLog(db: TeamDb) {
  return {
    async record(input: AuditInput): Promise<void> {
      await db.rows('INSERT INTO audit_log VALUES ($1, now(), $2, $3, $4, $5, $6)', [
        randomUUID(),
        input.action,
        input.actor,
        input.target ?? null,
        input.ip ?? null,
        JSON.stringify(input.detail ?? {}),
      ]);
    },
    async list(limit: number, action?: AuditAction): Promise<AuditEntry[]> {
      const rows = await db.rows(
        `SELECT id, epoch_ms(happened_at) AS t, action, actor, target, ip, detail FROM audit_log
         WHERE CAST($2 AS VARCHAR) IS NULL OR action = CAST($2 AS VARCHAR) ORDER BY happened_at DESC, id LIMIT $1`,
        [limit, action ?? null],
      );
      return rows.map((row) => ({
        id: String(row.id),
        at: iso(row.t),
        action: String(row.action) as AuditAction,
        actor: row.actor === null ? null : String(row.actor),
        target: row.target === null ? null : String(row.target),
        ip: row.ip === null ? null : String(row.ip),
        detail: JSON.parse(String(row.detail)) as Record<string, unknown>,
      }));
    },
  };
}

export type AuditLog = ReturnType<typeof auditLog>;
