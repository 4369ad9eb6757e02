import { type ApiKeyInfo, type Permission, permissionsOf, type Role, scopePermissions } from '@opencjm/core';
import type { UserRecord } from './users.ts';

/** Who is asking: a signed-in member (by cookie) or an API key (by bearer header). */
export type Principal =
  | { readonly kind: 'user'; readonly user: UserRecord; readonly token: string; readonly expiresAt: string }
  | { readonly kind: 'key'; readonly key: ApiKeyInfo };

/** What the principal may do. */
export function principalPermissions(principal: Principal): readonly Permission[] {
  return principal.kind === 'user'
    ? permissionsOf(principal.user.role as Role)
    : scopePermissions(principal.key.scope);
}

/** How the audit log and the activity feed name the principal. */
export function actorLabel(principal: Principal | undefined): string | null {
  if (principal === undefined) return null;
  return principal.kind === 'user' ? principal.user.email : `key:${principal.key.name}`;
}

/** The member id for comments and activity; null for a key. */
export function actorId(principal: Principal | undefined): string | null {
  return principal?.kind === 'user' ? principal.user.id : null;
}
