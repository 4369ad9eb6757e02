import { iso, type TeamDb } from './team-db.ts';
import { newToken, tokenHash } from './tokens.ts';

/** A signed-in browser: the member and when the session ends. */
export interface SessionRecord {
  readonly userId: string;
  readonly expiresAt: string;
}

/**
 * Sessions by the SHA-256 of their token: the token itself lives only in the member's
 * cookie, so a copy of the database signs no one in.
 */
export function sessionsTable(db: TeamDb) {
  return {
    /** A new session for `userId` lasting `seconds`; returns the token for the cookie. */
    async create(userId: string, seconds: number): Promise<{ token: string; expiresAt: string }> {
      const token = newToken();
      const [row] = await db.rows(
        `INSERT INTO sessions VALUES ($1, $2, now(), now() + to_seconds($3::BIGINT))
         RETURNING epoch_ms(expires_at) AS e`,
        [tokenHash(token), userId, seconds],
      );
      return { token, expiresAt: iso(row?.e) };
    },
    /** The live session of a token; expired ones are deleted when met. */
    async find(token: string): Promise<SessionRecord | undefined> {
      const [row] = await db.rows(
        `SELECT user_id, epoch_ms(expires_at) AS e, expires_at <= now() AS expired
         FROM sessions WHERE token_hash = $1`,
        [tokenHash(token)],
      );
      if (row === undefined) return undefined;
      if (row.expired === true) {
        await db.rows('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
        return undefined;
      }
      return { userId: String(row.user_id), expiresAt: iso(row.e) };
    },
    async remove(token: string): Promise<void> {
      await db.rows('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
    },
    /** Signs the member out everywhere, except the session of `keep` when given. */
    async removeAllOf(userId: string, keep?: string): Promise<void> {
      await db.rows('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
        userId,
        keep === undefined ? '' : tokenHash(keep),
      ]);
    },
    async prune(): Promise<void> {
      await db.rows('DELETE FROM sessions WHERE expires_at <= now()');
    },
  };
}

export type SessionsTable = ReturnType<typeof sessionsTable>;
