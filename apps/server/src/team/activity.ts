import { randomUUID } from 'node:crypto';
import type { ActivityEntry } from '@opencjm/core';
import type { AuthorLookup } from './comments.ts';
import { iso, type SqlRow, stringArray, type TeamDb } from './team-db.ts';

/** What a map's activity feed records. */
export type ActivityAction = ActivityEntry['action'];

/** The activity feed of each map: who changed what, newest first. */
export function activityTable(db: TeamDb) {
  const entry = (row: SqlRow, who: AuthorLookup): ActivityEntry => ({
    id: String(row.id),
    mapId: String(row.map_id),
    at: iso(row.t),
    actor: row.actor_id === null ? null : who(String(row.actor_id)),
    action: String(row.action) as ActivityAction,
    changes: stringArray(row.changes),
    summary: String(row.summary),
  });
  return {
    async record(input: {
      mapId: string;
      actorId: string | null;
      action: ActivityAction;
      changes?: readonly string[];
      summary: string;
    }): Promise<void> {
      await db.rows('INSERT INTO activity VALUES ($1, $2, now(), $3, $4, $5, $6)', [
        randomUUID(),
        input.mapId,
        input.actorId,
        input.action,
        JSON.stringify(input.changes ?? []),
        input.summary,
      ]);
    },
    async listOf(mapId: string, who: AuthorLookup, limit = 200): Promise<ActivityEntry[]> {
      const rows = await db.rows(
        `SELECT id, map_id, epoch_ms(happened_at) AS t, actor_id, action, changes, summary FROM activity
         WHERE map_id = $1 ORDER BY happened_at DESC, id LIMIT $2`,
        [mapId, limit],
      );
      return rows.map((row) => entry(row, who));
    },
  };
}

export type ActivityTable = ReturnType<typeof activityTable>;
