import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../store/workspace.ts';
import { call, signedInServer, tempDir } from '../test-helpers.ts';
import { DEMO_CUSTOMERS } from './seed.ts';

type Items = { items: { id: string }[] };

async function listed(dataDir: string) {
  const app = await signedInServer({ dataDir });
  try {
    const maps = await call<Items>(app, 'GET', '/api/maps');
    const personas = await call<Items>(app, 'GET', '/api/personas');
    return {
      maps: maps.body.items.map((m) => m.id).sort(),
      personas: personas.body.items.map((p) => p.id).sort(),
    };
  } finally {
    await app.close();
  }
}

async function eventCount(dataDir: string): Promise<number> {
  const workspace = await openWorkspace(dataDir);
  try {
    const rows = await workspace.store.conn.runAndReadAll('SELECT count(*) AS n FROM events');
    return Number(rows.getRowObjectsJS()[0]?.n);
  } finally {
    await workspace.close();
  }
}

describe('demo workspace', () => {
  it('is planted once on an empty data dir and not again on restart', async () => {
    const dir = tempDir();
    const planted = {
      maps: ['example-laptop-en', 'example-laptop-ru', 'example-laptop-zh'],
      personas: ['anna-en', 'anna-ru', 'anna-zh'],
    };
    expect(await listed(dir)).toEqual(planted);
    const events = await eventCount(dir);
    expect(events).toBeGreaterThan(DEMO_CUSTOMERS);
    expect(await listed(dir)).toEqual(planted);
    expect(await eventCount(dir)).toBe(events);
  });

  it('links each example map to the persona in its language', async () => {
    const app = await signedInServer({ dataDir: ':memory:', demo: 'documents' });
    const { body } = await call<{ map: unknown }>(app, 'GET', '/api/maps/example-laptop-zh');
    await app.close();
    const checked = validateMap(body.map);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.map.personas).toEqual(['anna-zh']);
    expect(checked.map.emotions.map((e) => e.persona)).toEqual(checked.map.emotions.map(() => 'anna-zh'));
  });

  it('is not planted in a data dir that already holds something', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(await listed(dir)).toEqual({ maps: [], personas: [] });
  });
});
