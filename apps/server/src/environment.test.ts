import { describe, expect, it } from 'vitest';
import { serverEnvironment } from './environment.ts';
import { startServer } from './start.ts';
import { tempDir } from './test-helpers.ts';

describe('serverEnvironment', () => {
  it('reads the first owner, secret, allowed hosts, proxy and upload limit', () => {
    const env = serverEnvironment(
      {
        OPENCJM_ADMIN_EMAIL: 'boss@example.com',
        OPENCJM_ADMIN_PASSWORD: 'boss-password-1',
        OPENCJM_SECRET: 's'.repeat(40),
        OPENCJM_ALLOWED_HOSTS: 'cjm.example.com, cjm.internal',
        OPENCJM_TRUST_PROXY: '1',
        OPENCJM_UPLOAD_LIMIT_MB: '10',
      },
      '127.0.0.1',
    );
    expect(env).toEqual({
      owner: { email: 'boss@example.com', password: 'boss-password-1' },
      secret: 's'.repeat(40),
      allowedHosts: ['localhost', '127.0.0.1', '::1', 'cjm.example.com', 'cjm.internal'],
      trustProxy: true,
      uploadBytes: 10 * 1024 * 1024,
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => serverEnvironment({ OPENCJM_ADMIN_EMAIL: 'a@b.c' }, '127.0.0.1')).toThrow(
      /OPENCJM_ADMIN_PASSWORD/,
    );
    expect(() => serverEnvironment({ OPENCJM_UPLOAD_LIMIT_MB: 'lots' }, '127.0.0.1')).toThrow(
      /OPENCJM_UPLOAD_LIMIT_MB/,
    );
  });
});

describe('startServer', () => {
  it('listens on 127.0.0.1 and prints a one-time setup link when there is no owner, never a default password', async () => {
    const server = await startServer({ port: 0, dataDir: tempDir(), env: {} });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.setupUrl).toMatch(new RegExp(`^${server.url}/setup\\?token=[\\w-]{43}$`));
      expect(server.exposedWarning).toBeUndefined();
      const response = await fetch(`${server.url}/api/maps`);
      expect(response.status).toBe(401);
    } finally {
      await server.app.close();
    }
  });

  it('warns when listening beyond this machine', async () => {
    const server = await startServer({
      port: 0,
      host: '0.0.0.0',
      dataDir: tempDir(),
      env: { OPENCJM_ADMIN_EMAIL: 'boss@example.com', OPENCJM_ADMIN_PASSWORD: 'boss-password-1' },
    });
    try {
      expect(server.setupUrl).toBeUndefined();
      expect(server.exposedWarning).toMatch(/HTTPS/);
    } finally {
      await server.app.close();
    }
  });
});
