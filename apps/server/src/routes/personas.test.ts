import { annaPersona, type Persona } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { call, testApp } from '../test-helpers.ts';

type Versioned = { persona: Persona; version: number };
type Failure = { error: { code: string; issues: { path: string; code: string }[] } };

const anna = () => annaPersona('en');

async function storeAnna(app: Awaited<ReturnType<typeof testApp>>) {
  const created = await call<Versioned>(app, 'POST', '/api/personas', { persona: anna() });
  expect(created.status).toBe(201);
}

describe('personas', () => {
  it('creates, lists and reads a persona', async () => {
    const app = await testApp();
    await storeAnna(app);
    const list = await call<{ items: unknown[] }>(app, 'GET', '/api/personas');
    expect(list.body.items).toEqual([
      { id: 'anna', name: 'Anna', version: 1, updatedAt: expect.any(String) },
    ]);
    const read = await call(app, 'GET', '/api/personas/anna');
    expect(read).toEqual({ status: 200, body: { persona: anna(), version: 1 } });
  });

  it('makes up the id and schemaVersion of a new persona when they are left out', async () => {
    const app = await testApp();
    const { status, body } = await call<Versioned>(app, 'POST', '/api/personas', {
      persona: { name: 'Boris' },
    });
    expect(status).toBe(201);
    expect(body.persona).toMatchObject({ schemaVersion: 1, name: 'Boris', goals: [] });
    expect(body.persona.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replaces a persona and answers 409 with the current one on a stale version', async () => {
    const app = await testApp();
    await storeAnna(app);
    const put = await call<Versioned>(app, 'PUT', '/api/personas/anna', {
      persona: { ...anna(), quote: 'Fast, please' },
      version: 1,
    });
    expect(put).toMatchObject({ status: 200, body: { version: 2, persona: { quote: 'Fast, please' } } });
    const stale = await call(app, 'PUT', '/api/personas/anna', { persona: anna(), version: 1 });
    expect(stale).toMatchObject({
      status: 409,
      body: {
        error: { code: 'version-conflict' },
        current: { version: 2, persona: { quote: 'Fast, please' } },
      },
    });
  });

  it('lets exactly one of two concurrent writes of the same version win', async () => {
    const app = await testApp();
    await storeAnna(app);
    const results = await Promise.all(
      ['One', 'Two'].map((quote) =>
        call(app, 'PUT', '/api/personas/anna', { persona: { ...anna(), quote }, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('answers 400 invalid-persona naming the field', async () => {
    const app = await testApp();
    const { status, body } = await call<Failure>(app, 'POST', '/api/personas', {
      persona: { ...anna(), demographics: { age: 29 } },
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid-persona', issues: [{ path: 'demographics.age' }] });
  });

  it('deletes at the given version; 409 on a stale one; 404 for an unknown id', async () => {
    const app = await testApp();
    await storeAnna(app);
    expect((await call(app, 'DELETE', '/api/personas/anna?version=2')).status).toBe(409);
    expect((await call(app, 'DELETE', '/api/personas/anna?version=1')).status).toBe(204);
    expect((await call(app, 'GET', '/api/personas/anna')).status).toBe(404);
    expect((await call(app, 'PUT', '/api/personas/anna', { persona: anna(), version: 1 })).status).toBe(404);
  });
});
