import { randomUUID } from 'node:crypto';
import type { ApiKeyInfo, KeyScope } from '@opencjm/core';
import { iso, isoOrNull, type SqlRow, stringArray, type TeamDb } from './team-db.ts';
import { newToken, tokenHash } from './tokens.ts';

/** Keys start with this, so a leaked one is recognisable in logs and secret scanners. */
const KEY_PREFIX = 'ocjm_';

/** Last-used times are written at most this often per key, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const COLUMNS = `k.id, k.name, k.scope, k.prefix, k.origins, epoch_ms(k.created_at) AS created,
  coalesce(u.email, k.created_by) AS creator, epoch_ms(k.last_used_at) AS used,
  epoch_ms(k.revoked_at) AS revoked`;

function info(row: SqlRow): ApiKeyInfo {
  return {
    id: String(row.id),
    name: String(row.name),
    scope: String(row.scope) as KeyScope,
    prefix: String(row.prefix),
    origins: stringArray(row.origins),
    createdAt: iso(row.created),
    createdBy: String(row.creator),
    lastUsedAt: isoOrNull(row.used),
    revokedAt: isoOrNull(row.revoked),
  };
}

/** API keys, stored as SHA-256 hashes: the key itself is shown once, when created. */
export function keysTable(db: TeamDb) {
  const touched = new Map<string, number>();
  const select = `SELECT ${COLUMNS} FROM api_keys k LEFT JOIN users u ON u.id = k.created_by`;
  return {
    async create(input: {
      name: string;
      scope: KeyScope;
      origins: readonly string[];
      createdBy: string;
    }): Promise<ApiKeyInfo & { key: string }> {
      const key = `${KEY_PREFIX}${newToken()}`;
      const id = randomUUID();
      await db.rows('INSERT INTO api_keys VALUES ($1, $2, $3, $4, $5, $6, $7, now(), NULL, NULL)', [
        id,
        input.name,
        input.scope,
        tokenHash(key),
        key.slice(0, KEY_PREFIX.length + 6),
        JSON.stringify(input.origins),
        input.createdBy,
      ]);
      const [row] = await db.rows(`${select} WHERE k.id = $1`, [id]);
      if (row === undefined) throw new Error(`api key ${id} vanished after insert`);
      return { ...info(row), key };
    },
    async list(): Promise<ApiKeyInfo[]> {
      return (await db.rows(`${select} ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC`)).map(info);
    },
    /** The live (not revoked) key whose secret is `key`; records when it was last used. */
    async find(key: string): Promise<ApiKeyInfo | undefined> {
      const [row] = await db.rows(`${select} WHERE k.key_hash = $1 AND k.revoked_at IS NULL`, [
        tokenHash(key),
      ]);
      if (row === undefined) return undefined;
      const found = info(row);
      const now = Date.now();
      if (now - (touched.get(found.id) ?? 0) >= TOUCH_EVERY_MS) {
        touched.set(found.id, now);
        await db.rows('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [found.id]);
      }
      return found;
    },
    /** Revokes a key; the revoked key's info, or undefined when there is no such live key. */
    async revoke(id: string): Promise<ApiKeyInfo | undefined> {
      const changed = await db.rows(
        'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
        [id],
      );
      if (changed.length === 0) return undefined;
      return (await db.rows(`${select} WHERE k.id = $1`, [id])).map(info)[0];
    },
  };
}

export type KeysTable = ReturnType<typeof keysTable>;
