import { randomUUID } from 'node:crypto';
import type { Role, User } from '@opencjm/core';
import { iso, isoOrNull, type SqlRow, type TeamDb } from './team-db.ts';

/** A member with the password hash, for signing in; never sent to a client. */
export interface UserRecord extends User {
  readonly passwordHash: string;
}

const COLUMNS = `id, email, name, password_hash, role, epoch_ms(created_at) AS created,
  epoch_ms(last_sign_in_at) AS signed_in`;

function record(row: SqlRow): UserRecord {
  return {
    id: String(row.id),
    email: String(row.email),
    name: String(row.name),
    role: String(row.role) as Role,
    passwordHash: String(row.password_hash),
    createdAt: iso(row.created),
    lastSignInAt: isoOrNull(row.signed_in),
  };
}

/** The public view of a member. */
export function publicUser({ passwordHash: _, ...user }: UserRecord): User {
  return user;
}

/** The workspace's members. E-mails are unique and lower-case. */
export function usersTable(db: TeamDb) {
  const one = async (where: string, value: string) =>
    (await db.rows(`SELECT ${COLUMNS} FROM users WHERE ${where} = $1`, [value])).map(record)[0];
  return {
    byId: (id: string) => one('id', id),
    byEmail: (email: string) => one('email', email.trim().toLowerCase()),
    async list(): Promise<UserRecord[]> {
      const rows = await db.rows(
        `SELECT ${COLUMNS} FROM users ORDER BY role = 'owner' DESC, lower(name), email`,
      );
      return rows.map(record);
    },
    async count(): Promise<number> {
      const [row] = await db.rows('SELECT count(*) AS n FROM users');
      return Number(row?.n ?? 0);
    },
    async owners(): Promise<number> {
      const [row] = await db.rows(`SELECT count(*) AS n FROM users WHERE role = 'owner'`);
      return Number(row?.n ?? 0);
    },
    /** Adds a member; undefined when the e-mail is taken. */
    async insert(input: {
      email: string;
      name: string;
      role: Role;
      passwordHash: string;
    }): Promise<UserRecord | undefined> {
      const rows = await db.rows(
        `INSERT INTO users VALUES ($1, $2, $3, $4, $5, now(), NULL) ON CONFLICT DO NOTHING
         RETURNING ${COLUMNS}`,
        [randomUUID(), input.email.toLowerCase(), input.name, input.passwordHash, input.role],
      );
      return rows.map(record)[0];
    },
    async update(id: string, change: { role?: Role; name?: string }): Promise<UserRecord | undefined> {
      const rows = await db.rows(
        `UPDATE users SET role = coalesce($2, role), name = coalesce($3, name) WHERE id = $1
         RETURNING ${COLUMNS}`,
        [id, change.role ?? null, change.name ?? null],
      );
      return rows.map(record)[0];
    },
    async setPassword(id: string, passwordHash: string): Promise<void> {
      await db.rows('UPDATE users SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
    },
    async signedIn(id: string): Promise<void> {
      await db.rows('UPDATE users SET last_sign_in_at = now() WHERE id = $1', [id]);
    },
    async remove(id: string): Promise<boolean> {
      return (await db.rows('DELETE FROM users WHERE id = $1 RETURNING id', [id])).length > 0;
    },
  };
}

export type UsersTable = ReturnType<typeof usersTable>;
