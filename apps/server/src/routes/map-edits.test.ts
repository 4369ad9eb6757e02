import type { JourneyMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { annaMap, call, inject, storeMap, testApp } from '../test-helpers.ts';

type Versioned = { map: JourneyMap; version: number };
type Failure = { error: { code: string; issues: { path: string; code: string }[] } };

const url = '/api/maps/example-laptop-en/operations';

describe('POST /api/maps/:id/operations', () => {
  it('applies the operations in order and answers the next version', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<Versioned>(app, 'POST', url, {
      version: 1,
      operations: [
        { op: 'renameStage', id: 'purchase', name: 'Checkout' },
        { op: 'addCard', id: 'c-review', lane: 'actions', stage: 'loyalty', text: 'Writes a review' },
      ],
    });
    expect(status).toBe(200);
    expect(body.version).toBe(2);
    expect(body.map.stages.find((s) => s.id === 'purchase')?.name).toBe('Checkout');
    const read = await call<Versioned>(app, 'GET', '/api/maps/example-laptop-en');
    expect(read.body.map.cards.some((c) => c.id === 'c-review')).toBe(true);
  });

  it('answers 409 with the current map on a stale version and applies nothing', async () => {
    const app = await testApp();
    await storeMap(app);
    await call(app, 'POST', url, { version: 1, operations: [{ op: 'removeCard', id: 'c1' }] });
    const stale = await call<{ current: Versioned }>(app, 'POST', url, {
      version: 1,
      operations: [{ op: 'renameStage', id: 'purchase', name: 'Lost' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version-conflict' }, current: { version: 2 } });
    const read = await call<Versioned>(app, 'GET', '/api/maps/example-laptop-en');
    expect(read.body.version).toBe(2);
    expect(read.body.map.stages.find((s) => s.id === 'purchase')?.name).toBe('Purchase');
  });

  it('answers 400 invalid-operation with the position and reason of a refused operation', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<Failure>(app, 'POST', url, {
      version: 1,
      operations: [
        { op: 'renameStage', id: 'purchase', name: 'Checkout' },
        { op: 'moveCard', id: 'c1', lane: 'actions', stage: 'purhcase' },
      ],
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 'invalid-operation',
      issues: [{ path: 'operations[1]', code: 'unknown-stage' }],
    });
    const read = await call<Versioned>(app, 'GET', '/api/maps/example-laptop-en');
    expect(read.body).toEqual({ map: annaMap(), version: 1 });
  });

  it('answers 400 naming the field of an operation that does not fit its schema', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<Failure>(app, 'POST', url, {
      version: 1,
      operations: [{ op: 'renameStage', id: 'purchase', name: '' }],
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.issues[0]?.path).toBe('operations[0].name');
  });

  it('answers 404 for a map that is not stored', async () => {
    const app = await testApp();
    const { status } = await call(app, 'POST', url, {
      version: 1,
      operations: [{ op: 'removeCard', id: 'c1' }],
    });
    expect(status).toBe(404);
  });
});

describe('POST /api/maps/:id/future', () => {
  it('stores a future-state copy under a new id, based on the map', async () => {
    const app = await testApp();
    await storeMap(app);
    const { status, body } = await call<Versioned>(app, 'POST', '/api/maps/example-laptop-en/future');
    expect(status).toBe(201);
    expect(body.version).toBe(1);
    expect(body.map).toMatchObject({
      type: 'future',
      basedOn: 'example-laptop-en',
      title: 'Buying a laptop online — future state',
      cards: annaMap().cards,
    });
    expect(body.map.id).not.toBe('example-laptop-en');
    const list = await call<{ items: { id: string; basedOn?: string }[] }>(app, 'GET', '/api/maps');
    expect(list.body.items.find((item) => item.id === body.map.id)?.basedOn).toBe('example-laptop-en');
    expect(list.body.items).toHaveLength(2);
  });

  it('accepts an empty JSON body', async () => {
    const app = await testApp();
    await storeMap(app);
    const response = await inject(app, {
      method: 'POST',
      url: '/api/maps/example-laptop-en/future',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(201);
  });

  it('answers 404 for a map that is not stored', async () => {
    const app = await testApp();
    expect((await call(app, 'POST', '/api/maps/nothing-here/future')).status).toBe(404);
  });
});
