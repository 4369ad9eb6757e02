import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, inject, memberCookie, testApp } from '../test-helpers.ts';

const CSV = [
  'time,event,user_id',
  '2026-01-01T10:00:00Z,page_view,anna',
  'not a time,purchase,anna',
  '2026-01-02T10:00:00Z,purchase,anna',
].join('\n');

async function imported(app: FastifyInstance, body: string) {
  const started = await inject(app, { method: 'POST', url: '/api/imports?name=shop.csv', payload: body });
  const { id } = started.json<{ id: string }>();
  for (let attempt = 0; attempt < 400; attempt++) {
    const { body: status } = await call<{ state: string }>(app, 'GET', `/api/imports/${id}`);
    if (status.state === 'done' || status.state === 'failed') return id;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}

describe('POST /api/imports/preview', () => {
  it('shows the format, columns, first rows and field sources of an uploaded beginning', async () => {
    const app = await testApp();
    const response = await inject(app, {
      method: 'POST',
      url: '/api/imports/preview?name=shop.csv',
      payload: CSV,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'csv',
      columns: ['time', 'event', 'user_id'],
      rows: [{ time: '2026-01-01T10:00:00Z', event: 'page_view', user_id: 'anna' }, {}, {}],
      mapping: { timestamp: ['time'], event: ['event'], user_id: ['user_id'] },
    });
  });

  it('is for members who may import', async () => {
    const app = await testApp();
    const viewer = await memberCookie(app, 'viewer');
    expect(
      (await inject(app, { method: 'POST', url: '/api/imports/preview', payload: CSV, cookie: viewer }))
        .statusCode,
    ).toBe(403);
  });
});

describe('GET /api/imports/:id/quarantine', () => {
  it('lists the quarantined rows with line, reason and original text, and downloads them as NDJSON', async () => {
    const app = await testApp();
    const id = await imported(app, CSV);
    const { status, body } = await call<{
      items: { line: number; reason: string; raw: string }[];
      total: number;
    }>(app, 'GET', `/api/imports/${id}/quarantine`);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ line: 3, raw: expect.stringContaining('not a time') });
    expect(body.items[0]?.reason).toMatch(/time/);
    const download = await inject(app, { method: 'GET', url: `/api/imports/${id}/quarantine.ndjson` });
    expect(download.headers['content-disposition']).toMatch(/attachment; filename="quarantine-.*\.ndjson"/);
    expect(
      download.body
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(body.items);
  });
});

describe('GET /tracker.js', () => {
  it('serves the site tracker to any site, without signing in', async () => {
    const app = await testApp();
    const response = await inject(app, { method: 'GET', url: '/tracker.js', cookie: null });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });
});
