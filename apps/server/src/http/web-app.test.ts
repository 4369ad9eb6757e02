import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, inject, tempDir, testApp } from '../test-helpers.ts';

function builtWebApp(): string {
  const root = tempDir('opencjm-web-');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>OpenCJM</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  return root;
}

describe('web app', () => {
  it('serves files of the built app', async () => {
    const app = await testApp({ webRoot: builtWebApp() });
    const response = await inject(app, { method: 'GET', url: '/assets/app.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("app")');
  });

  it('answers index.html for the root and for client-side routes', async () => {
    const app = await testApp({ webRoot: builtWebApp() });
    for (const url of ['/', '/maps/example-laptop-en']) {
      const response = await inject(app, { method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>OpenCJM</title>');
    }
  });

  it('keeps 404 not-found as JSON under /api', async () => {
    const app = await testApp({ webRoot: builtWebApp() });
    expect(await call(app, 'GET', '/api/nothing')).toEqual({
      status: 404,
      body: { error: { code: 'not-found' } },
    });
  });

  it('answers 404 not-found for pages when no web app is built', async () => {
    const app = await testApp();
    expect(await call(app, 'GET', '/maps')).toEqual({ status: 404, body: { error: { code: 'not-found' } } });
  });
});
