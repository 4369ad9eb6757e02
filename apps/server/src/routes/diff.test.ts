import { describe, expect, it } from 'vitest';
import { annaMap, call, storeMap, testApp } from '../test-helpers.ts';

type Diff = { changes: { kind: string; entity: string; id: string; path: string }[] };
type Failure = { error: { code: string; issues: { path: string }[] } };

describe('POST /api/diff', () => {
  it('answers the semantic changes between two documents', async () => {
    const app = await testApp();
    const after = { ...annaMap(), title: 'Anna buys a laptop' };
    const { status, body } = await call<Diff>(app, 'POST', '/api/diff', { before: annaMap(), after });
    expect(status).toBe(200);
    expect(body.changes).toEqual([
      {
        kind: 'changed',
        entity: 'map',
        id: 'example-laptop-en',
        path: 'title',
        before: 'Buying a laptop online',
        after: 'Anna buys a laptop',
      },
    ]);
  });

  it('answers 400 with paths that say which document is wrong', async () => {
    const app = await testApp();
    const broken = annaMap();
    broken.stages = [];
    const { status, body } = await call<Failure>(app, 'POST', '/api/diff', {
      before: annaMap(),
      after: broken,
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid-map');
    expect(body.error.issues[0]?.path).toMatch(/^after\.cards\[\d+\]\.stage$/);
  });
});

describe('GET /api/maps/:id/diff/:otherId', () => {
  it('diffs a stored map against its future-state copy', async () => {
    const app = await testApp();
    await storeMap(app);
    const future = await call<{ map: { id: string } }>(app, 'POST', '/api/maps/example-laptop-en/future');
    const { status, body } = await call<Diff>(
      app,
      'GET',
      `/api/maps/example-laptop-en/diff/${future.body.map.id}`,
    );
    expect(status).toBe(200);
    expect(body.changes.map((c) => c.path)).toEqual(['title', 'type', 'basedOn']);
  });

  it('answers 404 when either map is not stored', async () => {
    const app = await testApp();
    await storeMap(app);
    expect((await call(app, 'GET', '/api/maps/example-laptop-en/diff/nothing-here')).status).toBe(404);
  });
});
