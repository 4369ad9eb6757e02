import type { Permission } from '@opencjm/core';
import { useStore } from 'zustand';
import { getMe, logout } from '../api/auth.ts';
import { onUnauthenticated } from '../api/http.ts';
import { can, createSessionStore, type SessionState } from './session-store.ts';

/** The app's one session store; any 401 `unauthenticated` answer signs it out. */
export const sessionStore = createSessionStore({ me: getMe, logout });
onUnauthenticated(() => sessionStore.getState().lost());

/** Reads from the session store. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

/** Whether the signed-in member's role allows `permission` (from `Me.permissions`). */
export function useCan(permission: Permission): boolean {
  return useSession((state) => can(state.me, permission));
}
