import type { JourneyMap, VersionedInitiative } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { call, memberCookie, storeMap, testApp } from '../test-helpers.ts';

type Listed = { items: { id: string; title: string; owner: string; status: string; mapId: string }[] };
type ErrorAnswer = { error: { code: string; issues?: { path: string; code: string }[] } };

describe('initiative routes', () => {
  it("makes an initiative from a map's opportunity with the opportunity's title, owner and pains", async () => {
    const app = await testApp();
    await storeMap(app);
    const created = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o2',
      due: '2027-03-01',
      kpis: ['k1'],
    });
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);
    expect(created.body.initiative).toMatchObject({
      mapId: 'example-laptop-en',
      opportunityId: 'o2',
      title: 'Show delivery cost on the product page',
      owner: 'Logistics',
      status: 'idea',
      pains: ['c6'],
      kpis: ['k1'],
      due: '2027-03-01',
    });
    const read = await call<VersionedInitiative>(
      app,
      'GET',
      `/api/initiatives/${created.body.initiative.id}`,
    );
    expect(read.body).toEqual(created.body);
  });

  it('names unknown maps, opportunities, pains and KPIs', async () => {
    const app = await testApp();
    await storeMap(app);
    const noMap = await call<ErrorAnswer>(app, 'POST', '/api/initiatives', {
      mapId: 'nope',
      opportunityId: 'o1',
    });
    expect(noMap.status).toBe(400);
    expect(noMap.body.error.issues).toEqual([
      expect.objectContaining({ path: 'mapId', code: 'unknown-map' }),
    ]);
    const bad = await call<ErrorAnswer>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o1',
      pains: ['c4', 'zz'],
      kpis: ['k9'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => `${i.path} ${i.code}`)).toEqual([
      'pains[1] unknown-card',
      'kpis[0] unknown-kpi',
    ]);
    const noOpportunity = await call<ErrorAnswer>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o7',
    });
    expect(noOpportunity.body.error.issues?.[0]?.path).toBe('opportunityId');
  });

  it('lists across maps and filters by owner (any case), map and status', async () => {
    const app = await testApp();
    await storeMap(app);
    const other = {
      ...(await call<{ map: object }>(app, 'GET', '/api/maps/example-laptop-en')).body.map,
      id: 'second',
    };
    expect((await call(app, 'POST', '/api/maps', { map: other })).status).toBe(201);
    const make = (body: object) => call(app, 'POST', '/api/initiatives', body);
    await make({
      mapId: 'example-laptop-en',
      opportunityId: 'o1',
      owner: 'ann@example.com',
      status: 'testing',
    });
    await make({ mapId: 'example-laptop-en', opportunityId: 'o2' });
    await make({ mapId: 'second', opportunityId: 'o1', owner: 'Ann@Example.com' });
    const list = async (query: string) =>
      (await call<Listed>(app, 'GET', `/api/initiatives${query}`)).body.items
        .map((i) => `${i.mapId}/${i.title}`)
        .sort();
    expect(await list('')).toHaveLength(3);
    expect(await list('?owner=ANN@example.com')).toEqual([
      'example-laptop-en/Redesign catalogue filters',
      'second/Redesign catalogue filters',
    ]);
    expect(await list('?map=second')).toEqual(['second/Redesign catalogue filters']);
    expect(await list('?status=testing')).toEqual(['example-laptop-en/Redesign catalogue filters']);
    expect(await list('?map=example-laptop-en&status=idea')).toEqual([
      'example-laptop-en/Show delivery cost on the product page',
    ]);
    expect((await call(app, 'GET', '/api/initiatives?status=started')).status).toBe(400);
  });

  it('updates at the version read and answers 409 with the current one on a stale version', async () => {
    const app = await testApp();
    await storeMap(app);
    const { body } = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o1',
    });
    const url = `/api/initiatives/${body.initiative.id}`;
    const moved = { ...body.initiative, status: 'in-progress' };
    const first = await call<VersionedInitiative>(app, 'PUT', url, { initiative: moved, version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await call<ErrorAnswer & { current: VersionedInitiative }>(app, 'PUT', url, {
      initiative: { ...body.initiative, status: 'dropped' },
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    expect(stale.body.current).toMatchObject({ version: 2, initiative: { status: 'in-progress' } });
    const elsewhere = await call<ErrorAnswer>(app, 'PUT', url, {
      initiative: { ...moved, opportunityId: 'o2' },
      version: 2,
    });
    expect(elsewhere.status).toBe(400);
    expect((await call(app, 'DELETE', `${url}?version=1`)).status).toBe(409);
    expect((await call(app, 'DELETE', `${url}?version=2`)).status).toBe(204);
    expect((await call(app, 'GET', url)).status).toBe(404);
  });

  it('keeps saving an initiative whose opportunity or pain card was deleted from the map since', async () => {
    const app = await testApp();
    await storeMap(app);
    const { body } = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o2',
    });
    const stored = await call<{ map: JourneyMap; version: number }>(
      app,
      'GET',
      '/api/maps/example-laptop-en',
    );
    const map = stored.body.map;
    const trimmed = {
      ...map,
      opportunities: map.opportunities.filter((o) => o.id !== 'o2'),
      cards: map.cards.filter((c) => c.id !== 'c6'),
    };
    const put = await call(app, 'PUT', '/api/maps/example-laptop-en', {
      map: trimmed,
      version: stored.body.version,
    });
    expect(put.status).toBe(200);
    const url = `/api/initiatives/${body.initiative.id}`;
    const moved = await call(app, 'PUT', url, {
      initiative: { ...body.initiative, status: 'done' },
      version: 1,
    });
    expect(moved.status).toBe(200);
    // A new link must still be on the map.
    const added = await call<ErrorAnswer>(app, 'PUT', url, {
      initiative: { ...body.initiative, pains: ['c6', 'zz'] },
      version: 2,
    });
    expect(added.status).toBe(400);
    expect(added.body.error.issues?.map((i) => i.path)).toEqual(['pains[1]']);
  });

  it('lets a viewer read but not write', async () => {
    const app = await testApp();
    await storeMap(app);
    const { body } = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o1',
    });
    const cookie = await memberCookie(app, 'viewer');
    const as = { cookie };
    expect((await call(app, 'GET', '/api/initiatives', undefined, as)).status).toBe(200);
    const url = `/api/initiatives/${body.initiative.id}`;
    expect((await call(app, 'GET', url, undefined, as)).status).toBe(200);
    const writes = [
      await call(app, 'POST', '/api/initiatives', { mapId: 'example-laptop-en', opportunityId: 'o2' }, as),
      await call(app, 'PUT', url, { initiative: body.initiative, version: 1 }, as),
      await call(app, 'DELETE', `${url}?version=1`, undefined, as),
    ];
    expect(writes.map((w) => w.status)).toEqual([403, 403, 403]);
    expect((await call(app, 'GET', '/api/initiatives', undefined, { cookie: null })).status).toBe(401);
  });
});
