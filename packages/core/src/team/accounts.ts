import { z } from 'zod';
import { Permission, Role } from './roles.ts';

/** An e-mail address, compared case-insensitively (stored lower-case). */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email())
  .describe('E-mail address; the sign-in name');
export type Email = z.infer<typeof Email>;

/** A new password: long enough to resist guessing; any characters. */
export const NewPassword = z.string().min(10).max(1024).describe('At least 10 characters');

/** Instant as ISO 8601 UTC. */
const Instant = z.iso.datetime();

/** A member of the workspace as the API shows it (never a password hash). */
export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().describe('Display name, used in comments and the activity feed'),
  role: Role,
  createdAt: Instant,
  lastSignInAt: Instant.nullable(),
});
export type User = z.infer<typeof User>;

/** `POST /api/auth/login`. */
export const LoginBody = z.object({ email: z.string().max(254), password: z.string().max(1024) });
export type LoginBody = z.infer<typeof LoginBody>;

/** `POST /api/auth/setup`: the first owner, with the one-time token the server printed. */
export const SetupBody = z.object({
  token: z.string().min(1).max(256),
  email: Email,
  name: z.string().trim().min(1).max(120).optional(),
  password: NewPassword,
});
export type SetupBody = z.infer<typeof SetupBody>;

/** `GET /api/auth/setup`: whether the workspace still waits for its first owner. */
export const SetupState = z.object({ needed: z.boolean() });
export type SetupState = z.infer<typeof SetupState>;

/** `POST /api/auth/password`. Other sessions of the user are signed out. */
export const PasswordChangeBody = z.object({ current: z.string().max(1024), password: NewPassword });
export type PasswordChangeBody = z.infer<typeof PasswordChangeBody>;

/** `GET /api/auth/me` (and the answer of a sign-in): who is signed in and what they may do. */
export const Me = z.object({
  user: User,
  permissions: z.array(Permission),
  sessionExpiresAt: Instant,
});
export type Me = z.infer<typeof Me>;

/** `POST /api/users` (owner): a new member with a first password they change later. */
export const CreateUserBody = z.object({
  email: Email,
  name: z.string().trim().min(1).max(120).optional(),
  password: NewPassword,
  role: Role,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

/** `PATCH /api/users/:id` (owner): a new role and/or name. */
export const UpdateUserBody = z.object({
  role: Role.optional(),
  name: z.string().trim().min(1).max(120).optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

/** `GET /api/users`: members, owners first. Any member may list them (for @mentions). */
export const UserList = z.object({ items: z.array(User) });
export type UserList = z.infer<typeof UserList>;
