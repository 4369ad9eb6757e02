import type { Me } from '@opencjm/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '../api/auth.ts';
import { ApiError } from '../api/errors.ts';
import { onUnauthenticated, request } from '../api/http.ts';
import { Ignored } from '../api/schemas.ts';
import { can, createSessionStore } from './session-store.ts';

const ME: Me = {
  user: {
    id: 'u1',
    email: 'anna@example.com',
    name: 'Anna',
    role: 'commenter',
    createdAt: '2026-12-01T10:00:00.000Z',
    lastSignInAt: null,
  },
  permissions: ['read', 'comment'],
  sessionExpiresAt: '2026-12-08T10:00:00.000Z',
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe('session store', () => {
  it('is signed in when /api/auth/me answers, signed out (not expired) on a 401', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(json(200, ME));
    vi.stubGlobal('fetch', fetch);
    const store = createSessionStore({ me: getMe, logout: async () => {} });
    expect(store.getState().status).toBe('loading');
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'signed-in', me: ME });
    expect(fetch).toHaveBeenCalledWith('/api/auth/me', expect.anything());

    fetch.mockResolvedValueOnce(json(401, { error: { code: 'unauthenticated' } }));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'signed-out', me: null, expired: false, error: null });
  });

  it('signs out when any API call answers 401 unauthenticated, and says the session expired', async () => {
    const store = createSessionStore({ me: async () => ME, logout: async () => {} });
    await store.getState().load();
    const stop = onUnauthenticated(() => store.getState().lost());
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(401, { error: { code: 'unauthenticated' } })));
    await expect(request('/api/maps', Ignored)).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
    });
    stop();
    expect(store.getState()).toMatchObject({
      status: 'signed-out',
      me: null,
      expired: true,
      previousUserId: 'u1',
    });
    // Further 401s of calls still under way keep the member whose session ended.
    store.getState().lost();
    expect(store.getState()).toMatchObject({ expired: true, previousUserId: 'u1' });
    store.getState().signedIn(ME);
    expect(store.getState()).toMatchObject({ expired: false, previousUserId: null });
  });

  it('stays signed in on other 401s (a wrong share password) and on 403', async () => {
    const store = createSessionStore({ me: async () => ME, logout: async () => {} });
    await store.getState().load();
    const stop = onUnauthenticated(() => store.getState().lost());
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json(401, { error: { code: 'share-password-wrong' } }))
        .mockResolvedValueOnce(json(403, { error: { code: 'forbidden' } })),
    );
    await expect(request('/api/shared/x', Ignored)).rejects.toBeInstanceOf(ApiError);
    await expect(request('/api/maps/x', Ignored, { method: 'PUT', body: {} })).rejects.toMatchObject({
      code: 'forbidden',
    });
    stop();
    expect(store.getState().status).toBe('signed-in');
  });

  it('keeps the server failure when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const store = createSessionStore({ me: getMe, logout: async () => {} });
    await store.getState().load();
    expect(store.getState().status).toBe('signed-out');
    expect(store.getState().error).toMatchObject({ code: 'network' });
  });

  it('signs out locally even when the server call fails', async () => {
    const store = createSessionStore({
      me: async () => ME,
      logout: () => Promise.reject(new ApiError(0, 'network', undefined)),
    });
    await store.getState().load();
    await expect(store.getState().signOut()).rejects.toBeInstanceOf(ApiError);
    expect(store.getState()).toMatchObject({ status: 'signed-out', me: null });
  });

  it('ignores an answer overtaken by a sign-in', async () => {
    let answer: (me: Me) => void = () => {};
    const store = createSessionStore({
      me: () => new Promise<Me>((resolve) => (answer = resolve)),
      logout: async () => {},
    });
    const loading = store.getState().load();
    const other = { ...ME, user: { ...ME.user, id: 'u2', name: 'Boris' } };
    store.getState().signedIn(other);
    answer(ME);
    await loading;
    expect(store.getState().me?.user.name).toBe('Boris');
  });
});

describe('retry wait of a refused sign-in', () => {
  it('reads Retry-After into the error params', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(json(429, { error: { code: 'too-many-attempts' } }, { 'retry-after': '42' })),
    );
    await expect(request('/api/auth/login', Ignored, { method: 'POST', body: {} })).rejects.toMatchObject({
      code: 'too-many-attempts',
      params: { retryAfter: 42 },
    });
  });
});

describe('can', () => {
  it('follows the permissions the server sent, nothing when signed out', () => {
    expect(can(ME, 'comment')).toBe(true);
    expect(can(ME, 'write')).toBe(false);
    expect(can(ME, 'admin')).toBe(false);
    expect(can(null, 'read')).toBe(false);
    expect(can({ ...ME, permissions: ['read'] }, 'comment')).toBe(false);
  });
});
