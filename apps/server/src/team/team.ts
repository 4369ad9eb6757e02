import type { CommentAuthor } from '@opencjm/core';
import type { DuckDbStore } from '@opencjm/engine';
import { activityTable } from './activity.ts';
import { auditLog } from './audit.ts';
import { commentsTable } from './comments.ts';
import { keysTable } from './keys.ts';
import { hashPassword, SCRYPT_PARAMS, type ScryptParams } from './passwords.ts';
import { cookieSecret } from './secrets.ts';
import { sessionsTable } from './sessions.ts';
import { sharesTable } from './shares.ts';
import { type LimiterRules, signInLimiter } from './sign-in-limiter.ts';
import { teamDb } from './team-db.ts';
import { newToken } from './tokens.ts';
import { type UserRecord, usersTable } from './users.ts';

/** How accounts are set up when the server starts. */
export interface TeamOptions {
  /** The owner to create when no member has this e-mail (`OPENCJM_ADMIN_EMAIL` / `_PASSWORD`). */
  readonly owner?: { readonly email: string; readonly password: string };
  /** Signs session cookies (`OPENCJM_SECRET`); generated and kept in the workspace when absent. */
  readonly secret?: string;
  /** How long a session lasts, in seconds (default 14 days). */
  readonly sessionSeconds?: number;
  readonly limiter?: LimiterRules;
  /**
   * scrypt cost of new password hashes (default {@link SCRYPT_PARAMS}). Each hash keeps
   * its parameters, so hashes made with other ones still verify.
   */
  readonly scrypt?: ScryptParams;
}

/** Default session lifetime: two weeks, then sign in again. */
export const SESSION_SECONDS = 14 * 24 * 3600;

/**
 * The workspace's people and what they share: members, sessions, API keys, share links,
 * comments, the activity feeds and the audit log, on a connection of their own.
 */
export async function openTeam(store: DuckDbStore, options: TeamOptions = {}) {
  const db = teamDb(await store.connect());
  const users = usersTable(db);
  const audit = auditLog(db);
  const secret = await cookieSecret(db, options.secret);
  const hash = (password: string) => hashPassword(password, options.scrypt ?? SCRYPT_PARAMS);
  if (options.owner !== undefined) {
    const email = options.owner.email.trim().toLowerCase();
    if (options.owner.password.length < 10)
      throw new Error('OPENCJM_ADMIN_PASSWORD must be at least 10 characters');
    if ((await users.byEmail(email)) === undefined) {
      const created = await users.insert({
        email,
        name: email.split('@')[0] ?? email,
        role: 'owner',
        passwordHash: await hash(options.owner.password),
      });
      await audit.record({
        action: 'owner-created',
        actor: null,
        target: email,
        detail: { from: 'environment' },
      });
      if (created === undefined) throw new Error(`could not create the owner ${email}`);
    }
  }
  /** The one-time setup token while the workspace has no member; printed, never stored. */
  let setupToken = (await users.count()) === 0 ? newToken() : undefined;
  await sessionsTable(db).prune();

  return {
    users,
    sessions: sessionsTable(db),
    keys: keysTable(db),
    shares: sharesTable(db),
    comments: commentsTable(db),
    activity: activityTable(db),
    audit,
    limiter: signInLimiter(options.limiter),
    secret,
    /** The stored form of a new password (scrypt with the configured cost). */
    hash,
    sessionSeconds: options.sessionSeconds ?? SESSION_SECONDS,
    /** The setup token while no owner exists (undefined after setup). */
    setupToken: () => setupToken,
    /** Ends the setup: the token no longer works. */
    finishSetup: () => {
      setupToken = undefined;
    },
    /** A lookup of every member by id for naming comment authors and mentions. */
    async authors(members?: readonly UserRecord[]): Promise<(id: string) => CommentAuthor> {
      const byId = new Map(
        (members ?? (await users.list())).map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]),
      );
      return (id) => byId.get(id) ?? { id, name: '—', email: '' };
    },
  };
}

export type Team = Awaited<ReturnType<typeof openTeam>>;
