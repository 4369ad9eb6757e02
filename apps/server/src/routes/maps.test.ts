import type { JourneyMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { annaMap, call, inject, storeMap, testApp } from '../test-helpers.ts';

type Versioned = { map: JourneyMap; version: number };
type Conflict = { error: { code: string }; current: Versioned };
type Failure = { error: { code: string; issues: { path: string; code: string }[] } };

describe('GET /api/maps', () => {
  it('lists id, title, type, language, version and time of each map', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<{ items: unknown[] }>(app, 'GET', '/api/maps');
    expect(status).toBe(200);
    expect(body.items).toEqual([
      {
        id: 'example-laptop-en',
        title: 'Buying a laptop online',
        type: 'current',
        language: 'en',
        version: 1,
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      },
    ]);
  });
});

describe('POST /api/maps', () => {
  it('creates a map from a stage template under a new id', async () => {
    const app = await testApp();
    const { status, body } = await call<Versioned>(app, 'POST', '/api/maps', {
      template: 'funnel',
      language: 'zh',
      title: '在线购买',
      persona: 'anna',
      process: 'registration',
    });
    expect(status).toBe(201);
    expect(body.version).toBe(1);
    expect(body.map).toMatchObject({
      title: '在线购买',
      template: 'funnel',
      personas: ['anna'],
      type: 'current',
    });
    expect(body.map.stages.map((s) => s.id)).toEqual(['awareness', 'consideration', 'decision']);
    expect((await call(app, 'GET', `/api/maps/${body.map.id}`)).status).toBe(200);
  });

  it('stores a whole document under its own id, migrating an older one', async () => {
    const app = await testApp();
    const { schemaVersion: _, ...unversioned } = annaMap();
    const { status, body } = await call<Versioned>(app, 'POST', '/api/maps', { map: unversioned });
    expect(status).toBe(201);
    expect(body).toEqual({ map: annaMap(), version: 1 });
  });

  it('answers 409 id-taken when the document id is stored already', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call(app, 'POST', '/api/maps', { map: annaMap() });
    expect(status).toBe(409);
    expect(body).toEqual({ error: { code: 'id-taken' } });
  });

  it('answers 400 naming each missing field of a template request', async () => {
    const app = await testApp();
    const { status, body } = await call<Failure>(app, 'POST', '/api/maps', { template: 'funnel' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.issues.map((i) => i.path)).toEqual(['language', 'title']);
  });

  it('answers 400 unknown-template for a template that is not shipped', async () => {
    const app = await testApp();
    const { status, body } = await call(app, 'POST', '/api/maps', {
      template: 'seven-stages',
      language: 'en',
      title: 'x',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'unknown-template', issues: [{ path: 'template' }] } });
  });

  it('answers 400 invalid-json for a body that is not JSON', async () => {
    const app = await testApp();
    const response = await inject(app, {
      method: 'POST',
      url: '/api/maps',
      headers: { 'content-type': 'application/json' },
      payload: '{"map": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid-json' } });
  });
});

describe('GET /api/maps/:id', () => {
  it('answers the map and its version', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call(app, 'GET', '/api/maps/example-laptop-en');
    expect(status).toBe(200);
    expect(body).toEqual({ map: annaMap(), version: 1 });
  });

  it('answers 404 not-found for an unknown id', async () => {
    const app = await testApp();
    const { status, body } = await call(app, 'GET', '/api/maps/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not-found' } });
  });
});

describe('PUT /api/maps/:id', () => {
  const renamed = (title: string) => ({ ...annaMap(), title });

  it('replaces the map and answers the next version', async () => {
    const app = await testApp();
    await storeMap(app);
    const put = await call<Versioned>(app, 'PUT', '/api/maps/example-laptop-en', {
      map: renamed('Anna buys a laptop'),
      version: 1,
    });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);
    const read = await call<Versioned>(app, 'GET', '/api/maps/example-laptop-en');
    expect(read.body).toMatchObject({ version: 2, map: { title: 'Anna buys a laptop' } });
  });

  it('answers 409 with the current map on a stale version and changes nothing', async () => {
    const app = await testApp();
    await storeMap(app);
    await call(app, 'PUT', '/api/maps/example-laptop-en', { map: renamed('Second'), version: 1 });
    const stale = await call<Conflict>(app, 'PUT', '/api/maps/example-laptop-en', {
      map: renamed('Lost update'),
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual({ code: 'version-conflict' });
    expect(stale.body.current).toEqual({ map: renamed('Second'), version: 2 });
    const read = await call<Versioned>(app, 'GET', '/api/maps/example-laptop-en');
    expect(read.body).toEqual({ map: renamed('Second'), version: 2 });
  });

  it('lets exactly one of two concurrent writes of the same version win', async () => {
    const app = await testApp();
    await storeMap(app);
    const results = await Promise.all(
      ['Anna', 'Boris'].map((who) =>
        call<Versioned>(app, 'PUT', '/api/maps/example-laptop-en', { map: renamed(who), version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body.map.title;
    const read = await call<Versioned>(app, 'GET', '/api/maps/example-laptop-en');
    expect(read.body).toMatchObject({ version: 2, map: { title: winner } });
  });

  it('answers 400 invalid-map naming the card whose stage is unknown', async () => {
    const app = await testApp();
    await storeMap(app);
    const map = annaMap();
    const card = map.cards[3];
    if (card === undefined) throw new Error('the example map has a fourth card');
    card.stage = 'purhcase';
    const { status, body } = await call<Failure>(app, 'PUT', '/api/maps/example-laptop-en', {
      map,
      version: 1,
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid-map');
    expect(body.error.issues[0]).toMatchObject({ path: 'cards[3].stage', code: 'unknown-reference' });
  });

  it('answers 400 naming `version` when it is missing', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<Failure>(app, 'PUT', '/api/maps/example-laptop-en', {
      map: annaMap(),
    });
    expect(status).toBe(400);
    expect(body.error.issues[0]?.path).toBe('version');
  });

  it('answers 400 id-mismatch when the document is another map', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<Failure>(app, 'PUT', '/api/maps/example-laptop-en', {
      map: { ...annaMap(), id: 'other' },
      version: 1,
    });
    expect(status).toBe(400);
    expect(body.error.issues[0]).toMatchObject({ path: 'id', code: 'id-mismatch' });
  });

  it('answers 404 for a map that is not stored', async () => {
    const app = await testApp();
    const { status } = await call(app, 'PUT', '/api/maps/example-laptop-en', { map: annaMap(), version: 1 });
    expect(status).toBe(404);
  });
});

describe('DELETE /api/maps/:id', () => {
  it('deletes the map at the given version', async () => {
    const app = await testApp();
    await storeMap(app);
    const deleted = await call(app, 'DELETE', '/api/maps/example-laptop-en?version=1');
    expect(deleted.status).toBe(204);
    expect((await call(app, 'GET', '/api/maps/example-laptop-en')).status).toBe(404);
  });

  it('answers 409 with the current map on a stale version and keeps it', async () => {
    const app = await testApp();
    await storeMap(app);
    await call(app, 'PUT', '/api/maps/example-laptop-en', { map: annaMap(), version: 1 });
    const stale = await call<Conflict>(app, 'DELETE', '/api/maps/example-laptop-en?version=1');
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(2);
    expect((await call(app, 'GET', '/api/maps/example-laptop-en')).status).toBe(200);
  });

  it('answers 400 naming `version` when it is missing, and 404 for an unknown id', async () => {
    const app = await testApp();
    const missing = await call<Failure>(app, 'DELETE', '/api/maps/example-laptop-en');
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0]?.path).toBe('version');
    expect((await call(app, 'DELETE', '/api/maps/nothing-here?version=1')).status).toBe(404);
  });
});
