import { describe, expect, it } from 'vitest';
import { annaMap, call, memberCookie, signIn, storeMap, testApp } from '../test-helpers.ts';

type Author = { name: string; email: string };
type Comment = {
  id: string;
  body: string;
  target: { kind: string; id: string };
  author: Author;
  mentions: Author[];
  resolved: boolean;
  resolvedBy: Author | null;
};

const stage = annaMap().stages[1]?.id ?? '';
const card = annaMap().cards[0]?.id ?? '';

describe('comments', () => {
  it('on a card or a stage, with @mentions shown to the member mentioned', async () => {
    const app = await testApp();
    await storeMap(app);
    const commenter = await memberCookie(app, 'commenter', 'kira@example.com');
    const created = await call<Comment>(app, 'POST', '/api/maps/example-laptop-en/comments', {
      target: { kind: 'card', id: card },
      body: 'Is this observed? @kira@example.com',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      target: { kind: 'card', id: card },
      author: { email: 'owner@example.com' },
      resolved: false,
    });
    expect(created.body.mentions.map((m) => m.email)).toEqual(['kira@example.com']);
    const inbox = await call<{ items: Comment[] }>(app, 'GET', '/api/mentions', undefined, {
      cookie: commenter,
    });
    expect(inbox.body.items.map((c) => c.id)).toEqual([created.body.id]);
    expect((await call<{ items: Comment[] }>(app, 'GET', '/api/mentions')).body.items).toEqual([]);

    const reply = await call<Comment>(
      app,
      'POST',
      '/api/maps/example-laptop-en/comments',
      { target: { kind: 'stage', id: stage }, body: 'Yes, from the survey @owner' },
      { cookie: commenter },
    );
    expect(reply.body.mentions.map((m) => m.email)).toEqual(['owner@example.com']);
    const list = await call<{ items: Comment[] }>(app, 'GET', '/api/maps/example-laptop-en/comments');
    expect(list.body.items.map((c) => c.body)).toEqual([
      'Is this observed? @kira@example.com',
      'Yes, from the survey @owner',
    ]);
  });

  it('resolve and reopen; a resolved mention leaves the inbox', async () => {
    const app = await testApp();
    await storeMap(app);
    const commenter = await memberCookie(app, 'commenter', 'kira@example.com');
    const { id } = (
      await call<Comment>(app, 'POST', '/api/maps/example-laptop-en/comments', {
        target: { kind: 'stage', id: stage },
        body: '@kira please check',
      })
    ).body;
    const resolved = await call<Comment>(
      app,
      'PATCH',
      `/api/comments/${id}`,
      { resolved: true },
      { cookie: commenter },
    );
    expect(resolved.body).toMatchObject({ resolved: true, resolvedBy: { email: 'kira@example.com' } });
    expect(
      (await call<{ items: Comment[] }>(app, 'GET', '/api/mentions', undefined, { cookie: commenter })).body
        .items,
    ).toEqual([]);
    const reopened = await call<Comment>(app, 'PATCH', `/api/comments/${id}`, { resolved: false });
    expect(reopened.body).toMatchObject({ resolved: false, resolvedBy: null });
  });

  it('answer 400 for a card or stage the map does not have, and 403 for a viewer', async () => {
    const app = await testApp();
    await storeMap(app);
    const missing = await call(app, 'POST', '/api/maps/example-laptop-en/comments', {
      target: { kind: 'card', id: 'nope' },
      body: 'x',
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error: { code: 'unknown-target', issues: [{ path: 'target.id' }] },
    });
    const viewer = await memberCookie(app, 'viewer');
    const refused = await call(
      app,
      'POST',
      '/api/maps/example-laptop-en/comments',
      { target: { kind: 'stage', id: stage }, body: 'x' },
      { cookie: viewer },
    );
    expect(refused.status).toBe(403);
    expect(
      (await call(app, 'GET', '/api/maps/example-laptop-en/comments', undefined, { cookie: viewer })).status,
    ).toBe(200);
  });
});

describe('activity feed', () => {
  it('says who changed what on the map, newest first', async () => {
    const app = await testApp();
    await storeMap(app);
    const editor = await memberCookie(app, 'editor', 'eva@example.com');
    const renamed = { ...annaMap(), title: 'Anna buys a laptop' };
    expect(
      (
        await call(
          app,
          'PUT',
          '/api/maps/example-laptop-en',
          { map: renamed, version: 1 },
          { cookie: editor },
        )
      ).status,
    ).toBe(200);
    const op = { op: 'renameStage', id: stage, name: 'Comparing' };
    expect(
      (await call(app, 'POST', '/api/maps/example-laptop-en/operations', { version: 2, operations: [op] }))
        .status,
    ).toBe(200);
    await call(app, 'POST', '/api/maps/example-laptop-en/comments', {
      target: { kind: 'stage', id: stage },
      body: 'Renamed',
    });
    const feed = await call<{ items: { action: string; actor: Author | null; changes: string[] }[] }>(
      app,
      'GET',
      '/api/maps/example-laptop-en/activity',
    );
    expect(feed.body.items.map((e) => [e.action, e.actor?.email, e.changes])).toEqual([
      ['commented', 'owner@example.com', [`stage:${stage}`]],
      ['edited', 'owner@example.com', ['renameStage']],
      ['edited', 'eva@example.com', ['map-changed']],
      ['created', 'owner@example.com', []],
    ]);
    expect(await signIn(app, 'eva@example.com', 'editor-password-1')).toMatch(/^opencjm_session=/);
  });
});
