import { z } from 'zod';

/**
 * A member's role in the workspace, weakest first. Each role can do everything the
 * roles before it can: a viewer reads, a commenter also comments, an editor also changes
 * maps, personas and data, an owner also manages people, keys, shares and settings.
 */
export const Role = z.enum(['viewer', 'commenter', 'editor', 'owner']);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

/** What a request may need: the guard gives each API route exactly one. */
export const Permission = z.enum(['read', 'comment', 'write', 'admin', 'collect']);
export type Permission = z.infer<typeof Permission>;

/** What an API key may do: `read` reads, `write` also writes, `collect` only sends events. */
export const KeyScope = z.enum(['read', 'write', 'collect']);
export type KeyScope = z.infer<typeof KeyScope>;

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: ['read'],
  commenter: ['read', 'comment'],
  editor: ['read', 'comment', 'write'],
  owner: ['read', 'comment', 'write', 'admin'],
};

const SCOPE_PERMISSIONS: Readonly<Record<KeyScope, readonly Permission[]>> = {
  read: ['read'],
  write: ['read', 'comment', 'write'],
  collect: ['collect'],
};

/** The permissions of a role, e.g. `permissionsOf('commenter')` → `['read', 'comment']`. */
export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** The permissions an API key of `scope` grants. */
export function scopePermissions(scope: KeyScope): readonly Permission[] {
  return SCOPE_PERMISSIONS[scope];
}

/** Whether `role` may do what `permission` guards. */
export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
