import { randomUUID } from 'node:crypto';
import type { Comment, CommentAuthor, CommentTarget } from '@opencjm/core';
import { iso, type SqlRow, stringArray, type TeamDb } from './team-db.ts';

const COLUMNS = `id, map_id, target_kind, target_id, author_id, body, mentions, resolved_by,
  epoch_ms(created_at) AS created, epoch_ms(updated_at) AS updated`;

/** How a comment names people: every member by id (a removed member shows as such). */
export type AuthorLookup = (userId: string) => CommentAuthor;

/** Comments on the cards and stages of maps, with mentions and resolve/reopen. */
export function commentsTable(db: TeamDb) {
  const comment = (row: SqlRow, who: AuthorLookup): Comment => ({
    id: String(row.id),
    mapId: String(row.map_id),
    target: { kind: String(row.target_kind) as CommentTarget['kind'], id: String(row.target_id) },
    body: String(row.body),
    author: who(String(row.author_id)),
    mentions: stringArray(row.mentions).map(who),
    resolved: row.resolved_by !== null,
    resolvedBy: row.resolved_by === null ? null : who(String(row.resolved_by)),
    createdAt: iso(row.created),
    updatedAt: iso(row.updated),
  });
  return {
    async create(
      input: { mapId: string; target: CommentTarget; authorId: string; body: string; mentions: string[] },
      who: AuthorLookup,
    ): Promise<Comment> {
      const rows = await db.rows(
        `INSERT INTO comments VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, now(), now()) RETURNING ${COLUMNS}`,
        [
          randomUUID(),
          input.mapId,
          input.target.kind,
          input.target.id,
          input.authorId,
          input.body,
          JSON.stringify(input.mentions),
        ],
      );
      const [row] = rows;
      if (row === undefined) throw new Error('comment insert returned nothing');
      return comment(row, who);
    },
    async listOf(mapId: string, who: AuthorLookup): Promise<Comment[]> {
      const rows = await db.rows(
        `SELECT ${COLUMNS} FROM comments WHERE map_id = $1 ORDER BY created_at, id`,
        [mapId],
      );
      return rows.map((row) => comment(row, who));
    },
    async byId(id: string, who: AuthorLookup): Promise<Comment | undefined> {
      const rows = await db.rows(`SELECT ${COLUMNS} FROM comments WHERE id = $1`, [id]);
      return rows.map((row) => comment(row, who))[0];
    },
    /** Open comments that mention `userId`, newest first. */
    async mentioning(userId: string, who: AuthorLookup): Promise<Comment[]> {
      const rows = await db.rows(
        `SELECT ${COLUMNS} FROM comments
         WHERE resolved_by IS NULL AND list_contains(CAST(mentions AS VARCHAR[]), $1)
         ORDER BY created_at DESC, id LIMIT 200`,
        [userId],
      );
      return rows.map((row) => comment(row, who));
    },
    async setResolved(id: string, by: string | null, who: AuthorLookup): Promise<Comment | undefined> {
      const rows = await db.rows(
        `UPDATE comments SET resolved_by = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, by],
      );
      return rows.map((row) => comment(row, who))[0];
    },
    async removeAllOf(mapId: string): Promise<void> {
      await db.rows('DELETE FROM comments WHERE map_id = $1', [mapId]);
    },
  };
}

export type CommentsTable = ReturnType<typeof commentsTable>;
