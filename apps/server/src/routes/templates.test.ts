import { TEMPLATES } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { call, testApp } from '../test-helpers.ts';

describe('GET /api/templates', () => {
  it('lists every template with its stages, in English by default', async () => {
    const app = await testApp();
    const { status, body } = await call<{ items: { id: string; stages: { name: string }[] }[] }>(
      app,
      'GET',
      '/api/templates',
    );
    expect(status).toBe(200);
    expect(body.items.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
    expect(body.items[0]?.stages[0]).toEqual({ id: 'awareness', name: 'Awareness' });
  });

  it('names the stages in the asked language', async () => {
    const app = await testApp();
    const { body } = await call<{ items: { stages: { name: string }[] }[] }>(
      app,
      'GET',
      '/api/templates?lang=ru',
    );
    expect(body.items[0]?.stages[0]?.name).toBe('Осведомленность');
  });

  it('answers 400 naming `lang` for a language it does not know', async () => {
    const app = await testApp();
    const { status, body } = await call(app, 'GET', '/api/templates?lang=fr');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'invalid-request', issues: [{ path: 'lang' }] } });
  });
});
