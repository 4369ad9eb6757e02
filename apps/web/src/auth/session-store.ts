import type { Me, Permission } from '@opencjm/core';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isApiStatus } from '../api/errors.ts';

/** `loading`: asking the server; `signed-out`: the sign-in page is shown. */
export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

export interface SessionState {
  readonly status: SessionStatus;
  readonly me: Me | null;
  /** True when the app was signed out by an expired session (not by the member). */
  readonly expired: boolean;
  /** The member whose session expired: signing in as them again keeps the open page. */
  readonly previousUserId: string | null;
  /** Any failure but a 401 while asking who is signed in (the server is unreachable …). */
  readonly error: unknown;
  /** Asks the server who is signed in. */
  load(): Promise<void>;
  /** A sign-in or setup answered with this member. */
  signedIn(me: Me): void;
  /** Signs out on the server and here. */
  signOut(): Promise<void>;
  /** An API call answered 401 `unauthenticated`: the session is gone. */
  lost(): void;
}

/** What the session store needs from the server. */
export interface SessionDeps {
  me: () => Promise<Me>;
  logout: () => Promise<void>;
}

/** Whether the signed-in member may do what `permission` guards (false when nobody is signed in). */
export function can(me: Me | null, permission: Permission): boolean {
  return me !== null && (me.permissions as readonly Permission[]).includes(permission);
}

/** The session of the web app: who is signed in, loaded from `GET /api/auth/me`. */
export function createSessionStore(deps: SessionDeps): StoreApi<SessionState> {
  let round = 0;
  return createStore<SessionState>()((set, get) => ({
    status: 'loading',
    me: null,
    expired: false,
    previousUserId: null,
    error: null,
    async load() {
      const mine = ++round;
      set({ status: 'loading', error: null });
      try {
        const me = await deps.me();
        if (mine === round) set({ status: 'signed-in', me, expired: false });
      } catch (error) {
        if (mine !== round) return;
        if (isApiStatus(error, 401)) set({ status: 'signed-out', me: null });
        else set({ status: 'signed-out', me: null, error });
      }
    },
    signedIn(me) {
      round++;
      set({ status: 'signed-in', me, expired: false, previousUserId: null, error: null });
    },
    async signOut() {
      round++;
      try {
        await deps.logout();
      } finally {
        set({ status: 'signed-out', me: null, expired: false, previousUserId: null, error: null });
      }
    },
    lost() {
      round++;
      const { status, me, previousUserId } = get();
      const wasIn = status === 'signed-in';
      set({
        status: 'signed-out',
        me: null,
        expired: wasIn || get().expired,
        previousUserId: me?.user.id ?? previousUserId,
        error: null,
      });
    },
  }));
}
