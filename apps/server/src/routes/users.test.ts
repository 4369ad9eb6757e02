import { describe, expect, it } from 'vitest';
import { annaMap, call, memberCookie, storeMap, testApp } from '../test-helpers.ts';

type User = { id: string; email: string; role: string };

describe('members and roles', () => {
  it('an owner adds a member (201); the member signs in with that role', async () => {
    const app = await testApp();
    const { status, body } = await call<User>(app, 'POST', '/api/users', {
      email: 'Vera@Example.com',
      password: 'vera-password-1',
      role: 'viewer',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ email: 'vera@example.com', role: 'viewer', name: 'vera' });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/);
    const again = await call(app, 'POST', '/api/users', {
      email: 'vera@example.com',
      password: 'x-password-12',
      role: 'editor',
    });
    expect(again).toEqual({ status: 409, body: { error: { code: 'email-taken' } } });
  });

  it('a viewer reads maps but a PUT answers 403 and changes nothing', async () => {
    const app = await testApp();
    await storeMap(app);
    const viewer = await memberCookie(app, 'viewer');
    expect(
      (await call(app, 'GET', '/api/maps/example-laptop-en', undefined, { cookie: viewer })).status,
    ).toBe(200);
    const put = await call(
      app,
      'PUT',
      '/api/maps/example-laptop-en',
      { map: { ...annaMap(), title: 'Hacked' }, version: 1 },
      { cookie: viewer },
    );
    expect(put).toEqual({ status: 403, body: { error: { code: 'forbidden' } } });
    const read = await call<{ map: { title: string }; version: number }>(
      app,
      'GET',
      '/api/maps/example-laptop-en',
    );
    expect(read.body).toMatchObject({ map: { title: annaMap().title }, version: 1 });
  });

  it('gives each role exactly its permissions', async () => {
    const app = await testApp();
    await storeMap(app);
    const comment = { target: { kind: 'stage', id: annaMap().stages[0]?.id }, body: 'Check this' };
    const attempts = async (cookie: string) => ({
      read: (await call(app, 'GET', '/api/maps', undefined, { cookie })).status,
      comment: (await call(app, 'POST', '/api/maps/example-laptop-en/comments', comment, { cookie })).status,
      write: (
        await call(app, 'POST', '/api/maps', { template: 'funnel', language: 'en', title: 't' }, { cookie })
      ).status,
      admin: (await call(app, 'GET', '/api/audit', undefined, { cookie })).status,
    });
    expect(await attempts(await memberCookie(app, 'viewer'))).toEqual({
      read: 200,
      comment: 403,
      write: 403,
      admin: 403,
    });
    expect(await attempts(await memberCookie(app, 'commenter'))).toEqual({
      read: 200,
      comment: 201,
      write: 403,
      admin: 403,
    });
    expect(await attempts(await memberCookie(app, 'editor'))).toEqual({
      read: 200,
      comment: 201,
      write: 201,
      admin: 403,
    });
  });

  it('a role change is audited and signs the member out; the last owner cannot be demoted or removed', async () => {
    const app = await testApp();
    const editor = await memberCookie(app, 'editor');
    const users = (await call<{ items: User[] }>(app, 'GET', '/api/users')).body.items;
    const editorId = users.find((u) => u.role === 'editor')?.id;
    const ownerId = users.find((u) => u.role === 'owner')?.id;
    expect((await call<User>(app, 'PATCH', `/api/users/${editorId}`, { role: 'viewer' })).body.role).toBe(
      'viewer',
    );
    expect((await call(app, 'GET', '/api/maps', undefined, { cookie: editor })).status).toBe(401);
    const demote = await call(app, 'PATCH', `/api/users/${ownerId}`, { role: 'editor' });
    expect(demote.status).toBe(400);
    expect(demote.body).toMatchObject({ error: { code: 'last-owner' } });
    expect((await call(app, 'DELETE', `/api/users/${ownerId}`)).status).toBe(400);
    expect((await call(app, 'DELETE', `/api/users/${editorId}`)).status).toBe(204);
    const audit = await call<{ items: { action: string; target: string; detail: object }[] }>(
      app,
      'GET',
      '/api/audit',
    );
    expect(audit.body.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user-created', 'role-changed', 'user-deleted', 'sign-in']),
    );
    expect(audit.body.items.find((e) => e.action === 'role-changed')).toMatchObject({
      target: 'editor@example.com',
      detail: { from: 'editor', to: 'viewer' },
    });
  });

  it('only owners read the audit log', async () => {
    const app = await testApp();
    expect((await call(app, 'GET', '/api/audit')).status).toBe(200);
    expect(
      (await call(app, 'GET', '/api/audit', undefined, { cookie: await memberCookie(app, 'editor') })).status,
    ).toBe(403);
  });
});
