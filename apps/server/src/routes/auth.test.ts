import { describe, expect, it } from 'vitest';
import { buildServer } from '../app.ts';
import { call, inject, SAME_ORIGIN, signIn, TEST_OWNER, TEST_SCRYPT, testApp } from '../test-helpers.ts';

type Me = { user: { email: string; role: string }; permissions: string[]; sessionExpiresAt: string };

describe('POST /api/auth/login', () => {
  it('answers 200 with the member and sets an HttpOnly, SameSite session cookie', async () => {
    const app = await testApp();
    const response = await inject(app, {
      method: 'POST',
      url: '/api/auth/login',
      cookie: null,
      payload: { email: 'Owner@Example.com ', password: TEST_OWNER.password },
    });
    expect(response.statusCode).toBe(200);
    const me = response.json<Me>();
    expect(me.user).toMatchObject({ email: TEST_OWNER.email, role: 'owner' });
    expect(me.permissions).toEqual(['read', 'comment', 'write', 'admin']);
    const cookie = response.cookies.find((c) => c.name === 'opencjm_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
    const session = `opencjm_session=${cookie?.value}`;
    expect((await call<Me>(app, 'GET', '/api/auth/me', undefined, { cookie: session })).body.user.email).toBe(
      TEST_OWNER.email,
    );
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const app = await testApp({ trustProxy: true, allowedHosts: ['localhost', 'cjm.example.com'] });
    const response = await inject(app, {
      method: 'POST',
      url: '/api/auth/login',
      cookie: null,
      headers: {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'cjm.example.com',
        origin: 'https://cjm.example.com',
      },
      payload: { email: TEST_OWNER.email, password: TEST_OWNER.password },
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === 'opencjm_session')?.secure).toBe(true);
  });

  it('answers 401 invalid-credentials alike for a wrong password and an unknown e-mail', async () => {
    const app = await testApp();
    for (const email of [TEST_OWNER.email, 'nobody@example.com']) {
      const { status, body } = await call(
        app,
        'POST',
        '/api/auth/login',
        { email, password: 'wrong-password' },
        { cookie: null },
      );
      expect(status).toBe(401);
      expect(body).toEqual({ error: { code: 'invalid-credentials' } });
    }
  });

  it('answers 429 with Retry-After after repeated wrong passwords for one account, even for the right one', async () => {
    const app = await testApp();
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 12; i++) {
      const response = await inject(app, {
        method: 'POST',
        url: '/api/auth/login',
        cookie: null,
        payload: { email: TEST_OWNER.email, password: `wrong-${i}` },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) retryAfter = String(response.headers['retry-after']);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const right = await call(app, 'POST', '/api/auth/login', { ...TEST_OWNER }, { cookie: null });
    expect(right.status).toBe(429);
    const audit = await call<{ items: { action: string }[] }>(app, 'GET', '/api/audit?action=sign-in-failed');
    expect(audit.body.items.length).toBe(13);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session: the cookie no longer works', async () => {
    const app = await testApp();
    const session = await signIn(app, TEST_OWNER.email, TEST_OWNER.password);
    expect((await call(app, 'POST', '/api/auth/logout', undefined, { cookie: session })).status).toBe(204);
    expect((await call(app, 'GET', '/api/maps', undefined, { cookie: session })).status).toBe(401);
  });
});

describe('sessions', () => {
  it('expire: an expired session answers 401', async () => {
    const app = await testApp({ sessionSeconds: 1 });
    const session = await signIn(app, TEST_OWNER.email, TEST_OWNER.password);
    expect((await call(app, 'GET', '/api/maps', undefined, { cookie: session })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await call(app, 'GET', '/api/maps', undefined, { cookie: session })).status).toBe(401);
  });

  it('refuse a cookie whose signature is not the server’s', async () => {
    const app = await testApp();
    const session = await signIn(app, TEST_OWNER.email, TEST_OWNER.password);
    const forged = session.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await call(app, 'GET', '/api/maps', undefined, { cookie: forged })).status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password, needs the current one, and signs out other sessions', async () => {
    const app = await testApp();
    const other = await signIn(app, TEST_OWNER.email, TEST_OWNER.password);
    const wrong = await call(app, 'POST', '/api/auth/password', {
      current: 'nope',
      password: 'a-new-password-2',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: 'wrong-password' } });
    const changed = await call(app, 'POST', '/api/auth/password', {
      current: TEST_OWNER.password,
      password: 'a-new-password-2',
    });
    expect(changed.status).toBe(204);
    expect((await call(app, 'GET', '/api/maps')).status).toBe(200);
    expect((await call(app, 'GET', '/api/maps', undefined, { cookie: other })).status).toBe(401);
    await expect(signIn(app, TEST_OWNER.email, TEST_OWNER.password)).rejects.toThrow(/401/);
    await signIn(app, TEST_OWNER.email, 'a-new-password-2');
  });
});

describe('first start', () => {
  it('without an owner gives a one-time setup token; setup creates the owner and signs them in once', async () => {
    let token = '';
    const app = await buildServer({
      dataDir: ':memory:',
      demo: false,
      scrypt: TEST_SCRYPT,
      onSetupToken: (t) => {
        token = t;
      },
    });
    try {
      expect(token).toMatch(/^[\w-]{43}$/);
      expect((await call(app, 'GET', '/api/auth/setup')).body).toEqual({ needed: true });
      expect((await call(app, 'GET', '/api/maps')).status).toBe(401);
      const body = { token: 'guess', email: 'boss@example.com', password: 'boss-password-1' };
      expect((await call(app, 'POST', '/api/auth/setup', body)).status).toBe(403);
      const done = await inject(app, { method: 'POST', url: '/api/auth/setup', payload: { ...body, token } });
      expect(done.statusCode).toBe(201);
      expect(done.json<Me>().user).toMatchObject({ email: 'boss@example.com', role: 'owner' });
      expect(done.cookies.some((c) => c.name === 'opencjm_session')).toBe(true);
      expect((await call(app, 'POST', '/api/auth/setup', { ...body, token })).status).toBe(409);
      expect((await call(app, 'GET', '/api/auth/setup')).body).toEqual({ needed: false });
    } finally {
      await app.close();
    }
  });

  it('with OPENCJM_ADMIN_EMAIL/PASSWORD creates that owner and needs no setup', async () => {
    let token: string | undefined;
    const app = await buildServer({
      dataDir: ':memory:',
      demo: false,
      scrypt: TEST_SCRYPT,
      owner: TEST_OWNER,
      onSetupToken: (t) => {
        token = t;
      },
    });
    try {
      expect(token).toBeUndefined();
      expect((await call(app, 'GET', '/api/auth/setup')).body).toEqual({ needed: false });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: SAME_ORIGIN },
        payload: TEST_OWNER,
      });
      expect(login.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
