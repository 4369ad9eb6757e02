import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, inject, storeMap, testApp } from '../test-helpers.ts';

type Status = {
  id: string;
  state: string;
  read: number;
  accepted: number;
  quarantined: number;
  duplicates: number;
};

/** Anna's visits as a shop's CSV export: one row has a time that is not a time. */
const ANNA_CSV = [
  'time,event,user_id,url',
  '2026-01-01T10:00:00Z,ad_click,anna,',
  '2026-01-01T10:05:00Z,page_view,anna,/catalog/laptops/ultrabook-14',
  'yesterday,page_view,anna,/catalog/laptops/gaming-16',
  '2026-01-03T18:00:00Z,purchase,anna,/checkout',
].join('\n');

async function upload(app: FastifyInstance, body: string, query = '?name=anna.csv') {
  const response = await inject(app, {
    method: 'POST',
    url: `/api/imports${query}`,
    headers: { 'content-type': 'text/csv' },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<Status>() };
}

async function finished(app: FastifyInstance, id: string): Promise<Status> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { body } = await call<Status>(app, 'GET', `/api/imports/${id}`);
    if (body.state === 'done' || body.state === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not finish`);
}

describe('imports', () => {
  it('answers 202 at once and imports the upload in the background; the totals add up', async () => {
    const app = await testApp();
    const started = await upload(app, ANNA_CSV);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'queued', read: 0 });
    expect(await finished(app, started.body.id)).toMatchObject({
      state: 'done',
      read: 4,
      accepted: 3,
      quarantined: 1,
      duplicates: 0,
    });
  });

  it('adds nothing when the same file comes again', async () => {
    const app = await testApp();
    await finished(app, (await upload(app, ANNA_CSV)).body.id);
    const again = await finished(app, (await upload(app, ANNA_CSV)).body.id);
    expect(again).toMatchObject({ state: 'done', read: 4, accepted: 0 });
    expect(again.duplicates + again.quarantined).toBe(4);
  });

  it('lets map writes made during an import wait for it and go through', async () => {
    const app = await testApp();
    await storeMap(app);
    const many = [
      ANNA_CSV,
      ...Array.from({ length: 5000 }, (_, i) => `2026-01-02T10:00:00Z,page_view,c${i},/catalog/x`),
    ];
    const started = await upload(app, many.join('\n'));
    const { body: current } = await call<{ map: object }>(app, 'GET', '/api/maps/example-laptop-en');
    const put = await call(app, 'PUT', '/api/maps/example-laptop-en', { map: current.map, version: 1 });
    expect(put).toMatchObject({ status: 200, body: { version: 2 } });
    expect(await finished(app, started.body.id)).toMatchObject({ state: 'done', accepted: 5003 });
  });

  it('reports a file that cannot be imported as failed, with a code', async () => {
    const app = await testApp();
    const started = await upload(app, 'nothing,useful\n1,2\n');
    expect(await finished(app, started.body.id)).toMatchObject({
      state: 'failed',
      error: { code: 'import-failed' },
    });
  });

  it('answers 400 naming a bad option, and 404 for an unknown job', async () => {
    const app = await testApp();
    const bad = await inject(app, { method: 'POST', url: '/api/imports?preset=excel', payload: ANNA_CSV });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid-request', issues: [{ path: 'preset' }] } });
    expect((await call(app, 'GET', '/api/imports/nothing-here')).status).toBe(404);
  });
});
