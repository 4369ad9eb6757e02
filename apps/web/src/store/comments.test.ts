import type { Comment, User } from '@opencjm/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useComments } from './comments.ts';

const author = { id: 'u1', name: 'Anna', email: 'anna@shop.example' };
const comment = (id: string, target: Comment['target'], resolved = false): Comment => ({
  id,
  mapId: 'laptop',
  target,
  body: 'Ask @Ivan',
  author,
  mentions: [],
  resolved,
  resolvedBy: resolved ? author : null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});
const ivan: User = {
  id: 'u2',
  email: 'ivan@shop.example',
  name: 'Ivan',
  role: 'commenter',
  createdAt: '2026-12-01T10:00:00.000Z',
  lastSignInAt: null,
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake API with one map's comments; records what was sent. */
function fakeApi(items: Comment[]) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = init.body ? JSON.parse(String(init.body)) : undefined;
      sent.push({ method, url, body });
      if (url === '/api/users') return json(200, { items: [ivan] });
      if (url === '/api/maps/laptop/comments' && method === 'GET') return json(200, { items });
      if (url === '/api/maps/laptop/comments') return json(201, comment('new', body.target));
      const patch = /^\/api\/comments\/(.+)$/.exec(url);
      if (patch) {
        const found = items.find((c) => c.id === patch[1]);
        return found
          ? json(200, { ...found, resolved: body.resolved })
          : json(404, { error: { code: 'not-found' } });
      }
      return json(404, { error: { code: 'not-found' } });
    }),
  );
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('comments store', () => {
  it('loads the comments and members and counts open comments per target', async () => {
    fakeApi([comment('a', { kind: 'card', id: 'c1' }), comment('b', { kind: 'card', id: 'c1' }, true)]);
    await useComments.getState().load('laptop');
    const state = useComments.getState();
    expect(state.status).toBe('ready');
    expect(state.users.map((u) => u.name)).toEqual(['Ivan']);
    expect(state.open.get('card:c1')).toBe(1);
    expect(state.commented.has('card:c1')).toBe(true);
    expect(state.commented.has('stage:pay')).toBe(false);
  });

  it('adds a comment and resolves one, keeping the counts in step', async () => {
    const sent = fakeApi([comment('a', { kind: 'card', id: 'c1' })]);
    await useComments.getState().load('laptop');
    await useComments.getState().add({ kind: 'stage', id: 'pay' }, 'Look @Ivan');
    expect(sent.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/maps/laptop/comments',
      body: { target: { kind: 'stage', id: 'pay' }, body: 'Look @Ivan' },
    });
    expect(useComments.getState().open.get('stage:pay')).toBe(1);
    await useComments.getState().setResolved('a', true);
    expect(sent.at(-1)).toMatchObject({ method: 'PATCH', url: '/api/comments/a', body: { resolved: true } });
    expect(useComments.getState().open.get('card:c1')).toBeUndefined();
    expect(useComments.getState().commented.has('card:c1')).toBe(true);
  });

  it('opens the thread asked for from the mentions inbox when that map loads', async () => {
    fakeApi([]);
    useComments.getState().openLater('laptop', { kind: 'stage', id: 'pay' });
    await useComments.getState().load('other');
    expect(useComments.getState().drawer).toBeNull();
    useComments.getState().openLater('laptop', { kind: 'stage', id: 'pay' });
    await useComments.getState().load('laptop');
    expect(useComments.getState()).toMatchObject({
      drawer: 'comments',
      target: { kind: 'stage', id: 'pay' },
      request: null,
    });
  });
});
