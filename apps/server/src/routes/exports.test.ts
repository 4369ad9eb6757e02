import { annaPersona } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { annaMap, call, inject, storeMap, testApp } from '../test-helpers.ts';

const url = '/api/maps/example-laptop-en/export';

describe('GET /api/maps/:id/export', () => {
  it('answers an SVG picture with the persona in it, as an attachment named after the title', async () => {
    const app = await testApp();
    await storeMap(app, { ...annaMap(), personas: ['anna'] });
    await call(app, 'POST', '/api/personas', { persona: annaPersona('en') });
    const response = await inject(app, { method: 'GET', url: `${url}?format=svg` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="example-laptop-en.svg"; filename*=UTF-8''Buying%20a%20laptop%20online.svg`,
    );
    expect(response.body).toMatch(/^<svg/);
    expect(response.body).toContain('Anna');
  });

  it('answers binary formats as bytes', async () => {
    const app = await testApp();
    await storeMap(app);
    const response = await inject(app, { method: 'GET', url: `${url}?format=xlsx` });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('answers 400 naming `format` for one it does not know, and 404 for an unknown map', async () => {
    const app = await testApp();
    await storeMap(app);
    const bad = await call(app, 'GET', `${url}?format=gif`);
    expect(bad).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'format' }] } } });
    expect((await call(app, 'GET', '/api/maps/nothing-here/export?format=svg')).status).toBe(404);
  });
});

describe('GET /api/maps/:id/export?withData=true', () => {
  it('carries the figures of GET /api/maps/:id/metrics, by stage name, and leaves exports without it as they were', async () => {
    const app = await testApp({ demo: true });
    const metrics = await call<{ stages: Record<string, { customers: number; conversion: number | null }> }>(
      app,
      'GET',
      '/api/maps/example-laptop-en/metrics?window=30d',
    );
    expect(metrics.status).toBe(200);
    const map = await call<{ map: { stages: { id: string; name: string }[] } }>(
      app,
      'GET',
      '/api/maps/example-laptop-en',
    );
    const stages = map.body.map.stages;

    const md = await inject(app, {
      method: 'GET',
      url: '/api/maps/example-laptop-en/export?format=md&withData=true&window=30d',
    });
    expect(md.statusCode).toBe(200);
    expect(md.body).toContain('## Measured data');
    for (const stage of stages) {
      const customers = metrics.body.stages[stage.id]?.customers ?? -1;
      expect(md.body).toContain(`| ${stage.name} | ${customers.toLocaleString('en-US')} |`);
    }

    const svg = await inject(app, {
      method: 'GET',
      url: '/api/maps/example-laptop-en/export?format=svg&withData=true&window=30d',
    });
    const first = metrics.body.stages[stages[0]?.id ?? '']?.customers ?? 0;
    expect(svg.body).toContain('data-row="metrics"');
    expect(svg.body).toContain(`>${first.toLocaleString('en-US')}<`);

    const plain = await inject(app, { method: 'GET', url: '/api/maps/example-laptop-en/export?format=svg' });
    expect(plain.body).not.toContain('data-row="metrics"');
    const plainMd = await inject(app, { method: 'GET', url: '/api/maps/example-laptop-en/export?format=md' });
    expect(plainMd.body).not.toContain('## Measured data');
  });

  it('says there is no data for a map no event is bound to, instead of printing zeros', async () => {
    const app = await testApp();
    await storeMap(app);
    const md = await inject(app, { method: 'GET', url: `${url}?format=md&withData=true` });
    expect(md.statusCode).toBe(200);
    expect(md.body).toContain('## Measured data');
    expect(md.body).toContain('No customer data is bound to this map yet');
  });

  it('answers 400 naming withData for a value that is no boolean', async () => {
    const app = await testApp();
    await storeMap(app);
    const bad = await call(app, 'GET', `${url}?format=svg&withData=perhaps`);
    expect(bad).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'withData' }] } } });
  });
});
