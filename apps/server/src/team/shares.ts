import { randomUUID } from 'node:crypto';
import type { Share } from '@opencjm/core';
import { iso, isoOrNull, type SqlRow, type TeamDb } from './team-db.ts';
import { newToken } from './tokens.ts';

/** A share link with what opening it needs. */
export interface ShareRecord extends Share {
  readonly passwordHash: string | null;
}

const COLUMNS = `s.id, s.map_id, s.token, s.password_hash, epoch_ms(s.expires_at) AS expires,
  epoch_ms(s.created_at) AS created, coalesce(u.email, s.created_by) AS creator,
  epoch_ms(s.revoked_at) AS revoked`;

function record(row: SqlRow): ShareRecord {
  const token = String(row.token);
  const passwordHash = row.password_hash === null ? null : String(row.password_hash);
  return {
    id: String(row.id),
    mapId: String(row.map_id),
    token,
    url: `/shared/${token}`,
    hasPassword: passwordHash !== null,
    passwordHash,
    expiresAt: isoOrNull(row.expires),
    createdAt: iso(row.created),
    createdBy: String(row.creator),
    revokedAt: isoOrNull(row.revoked),
  };
}

/** The public view of a share link. */
export function publicShare({ passwordHash: _, ...share }: ShareRecord): Share {
  return share;
}

/** Read-only links to one map each: optional expiry and password, revocable. */
export function sharesTable(db: TeamDb) {
  const select = `SELECT ${COLUMNS} FROM shares s LEFT JOIN users u ON u.id = s.created_by`;
  return {
    async create(input: {
      mapId: string;
      createdBy: string;
      expiresAt: string | null;
      passwordHash: string | null;
    }): Promise<ShareRecord> {
      const id = randomUUID();
      await db.rows('INSERT INTO shares VALUES ($1, $2, $3, $4, $5::TIMESTAMPTZ, $6, now(), NULL)', [
        id,
        newToken(),
        input.mapId,
        input.passwordHash,
        input.expiresAt,
        input.createdBy,
      ]);
      const found = (await db.rows(`${select} WHERE s.id = $1`, [id])).map(record)[0];
      if (found === undefined) throw new Error(`share ${id} vanished after insert`);
      return found;
    },
    async listOf(mapId: string): Promise<ShareRecord[]> {
      return (await db.rows(`${select} WHERE s.map_id = $1 ORDER BY s.created_at DESC`, [mapId])).map(record);
    },
    /** The share a token opens now: not revoked, not expired. */
    async open(token: string): Promise<ShareRecord | undefined> {
      const rows = await db.rows(
        `${select} WHERE s.token = $1 AND s.revoked_at IS NULL
           AND (s.expires_at IS NULL OR s.expires_at > now())`,
        [token],
      );
      return rows.map(record)[0];
    },
    async revoke(mapId: string, id: string): Promise<boolean> {
      const rows = await db.rows(
        'UPDATE shares SET revoked_at = now() WHERE id = $1 AND map_id = $2 AND revoked_at IS NULL RETURNING id',
        [id, mapId],
      );
      return rows.length > 0;
    },
    /** Revokes every link of a deleted map. */
    async revokeAllOf(mapId: string): Promise<void> {
      await db.rows('UPDATE shares SET revoked_at = now() WHERE map_id = $1 AND revoked_at IS NULL', [mapId]);
    },
  };
}

export type SharesTable = ReturnType<typeof sharesTable>;
