import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../app.ts';
import { call, inject, signIn, TEST_OWNER, TEST_SCRYPT, testApp } from '../test-helpers.ts';

describe('cross-site requests', () => {
  it('refuses a cookie write from another site’s page (a map, an import) and one with no origin', async () => {
    const app = await testApp();
    const evil = { origin: 'https://evil.example' };
    const created = await call(
      app,
      'POST',
      '/api/maps',
      { template: 'funnel', language: 'en', title: 'x' },
      { headers: evil },
    );
    expect(created).toEqual({ status: 403, body: { error: { code: 'cross-site-request' } } });
    const upload = await inject(app, {
      method: 'POST',
      url: '/api/imports?name=a.csv',
      payload: 'a,b\n1,2\n',
      headers: evil,
    });
    expect(upload.statusCode).toBe(403);
    const noOrigin = await app.inject({
      method: 'POST',
      url: '/api/maps',
      headers: { cookie: await signIn(app, TEST_OWNER.email, TEST_OWNER.password) },
      payload: { template: 'funnel', language: 'en', title: 'x' },
    });
    expect(noOrigin.statusCode).toBe(403);
    expect((await call<{ items: unknown[] }>(app, 'GET', '/api/maps')).body.items).toEqual([]);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const app = await testApp();
    const response = await call(app, 'POST', '/api/auth/login', TEST_OWNER, {
      cookie: null,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('accepts a write with an API key from anywhere: browsers never send keys on their own', async () => {
    const app = await testApp();
    const { key } = (await call<{ key: string }>(app, 'POST', '/api/keys', { name: 'ci', scope: 'write' }))
      .body;
    const response = await call(
      app,
      'POST',
      '/api/maps',
      { template: 'funnel', language: 'en', title: 'x' },
      {
        cookie: null,
        headers: { authorization: `Bearer ${key}`, origin: 'https://ci.example' },
      },
    );
    expect(response.status).toBe(201);
  });
});

describe('DNS rebinding', () => {
  it('answers 421 to a Host name that is not allowed, on the API and the web app', async () => {
    const app = await testApp();
    for (const url of ['/api/health', '/api/maps', '/'])
      expect(
        (await inject(app, { method: 'GET', url, headers: { host: 'attacker.example:4173' } })).statusCode,
      ).toBe(421);
    expect(
      (await inject(app, { method: 'GET', url: '/api/health', headers: { host: '127.0.0.1:4173' } }))
        .statusCode,
    ).toBe(200);
  });

  it('answers the names listed in the allowed hosts', async () => {
    const app = await testApp({ allowedHosts: ['localhost', 'cjm.example.com'] });
    expect(
      (await inject(app, { method: 'GET', url: '/api/health', headers: { host: 'cjm.example.com' } }))
        .statusCode,
    ).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a CSP without inline scripts, nosniff, no framing and a same-origin referrer', async () => {
    const app = await testApp();
    const response = await inject(app, { method: 'GET', url: '/api/maps' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('request limits', () => {
  it('answers 413 to an upload whose declared length is over the limit', async () => {
    const app = await testApp({ limits: { uploadBytes: 1000 } });
    const big = `a,b\n${'1,2\n'.repeat(400)}`;
    const declared = await inject(app, { method: 'POST', url: '/api/imports?name=big.csv', payload: big });
    expect(declared.statusCode).toBe(413);
    expect(declared.json()).toMatchObject({ error: { code: 'body-too-large' } });
  });

  it('answers 413 to a JSON body over the limit', async () => {
    const app = await testApp({ limits: { bodyBytes: 2000 } });
    const response = await call(app, 'POST', '/api/sentiment', { texts: ['x'.repeat(5000)] });
    expect(response.status).toBe(413);
  });

  it('closes a connection whose body stops arriving', async () => {
    const app = await buildServer({
      dataDir: ':memory:',
      demo: false,
      owner: TEST_OWNER,
      scrypt: TEST_SCRYPT,
      limits: { idleMs: 300 },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":`,
          );
        });
        socket.on('error', reject);
        socket.on('close', () => resolve(Date.now() - started));
        socket.resume();
      });
      expect(closedAfter).toBeGreaterThanOrEqual(250);
      expect(closedAfter).toBeLessThan(5000);
    } finally {
      await app.close();
    }
  });
});

describe('logs', () => {
  it('never contain passwords, session cookies, keys or share tokens', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await testApp({ logger: { stream } });
    const cookie = await signIn(app, TEST_OWNER.email, TEST_OWNER.password);
    const { key } = (
      await call<{ key: string }>(app, 'POST', '/api/keys', { name: 'k', scope: 'read' }, { cookie })
    ).body;
    await call(app, 'GET', '/api/maps', undefined, {
      cookie: null,
      headers: { authorization: `Bearer ${key}` },
    });
    await call(app, 'POST', '/api/maps', { template: 'funnel', language: 'en', title: 'x' }, { cookie });
    const { token } = (
      await call<{ token: string }>(
        app,
        'POST',
        `/api/maps/${(await call<{ items: { id: string }[] }>(app, 'GET', '/api/maps', undefined, { cookie })).body.items[0]?.id}/shares`,
        { password: 'share-secret' },
        { cookie },
      )
    ).body;
    await call(app, 'GET', `/api/shared/${token}`, undefined, {
      cookie: null,
      headers: { 'x-share-password': 'share-secret' },
    });
    await call(app, 'GET', `/setup?token=${token}`, undefined, { cookie: null });
    const log = lines.join('');
    expect(log).toContain('/api/shared/[redacted]');
    for (const secret of [TEST_OWNER.password, cookie.split('=')[1] ?? '', key, token, 'share-secret'])
      expect(log.includes(secret), `log contains ${secret.slice(0, 8)}…`).toBe(false);
  });
});
