import { randomBytes } from 'node:crypto';
import type { TeamDb } from './team-db.ts';

/**
 * The secret that signs session cookies: `OPENCJM_SECRET` when set (several servers behind
 * one name share it), else one generated on first start and kept in the workspace, so
 * sessions survive a restart.
 */
export async function cookieSecret(db: TeamDb, fromEnvironment: string | undefined): Promise<string> {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    if (fromEnvironment.length < 32) throw new Error('OPENCJM_SECRET must be at least 32 characters');
    return fromEnvironment;
  }
  await db.rows(`INSERT INTO server_secrets VALUES ('cookie', $1) ON CONFLICT DO NOTHING`, [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.rows(`SELECT value FROM server_secrets WHERE name = 'cookie'`);
  return String(row?.value);
}
