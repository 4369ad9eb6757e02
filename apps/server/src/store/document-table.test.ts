import { openDuckDbStore } from '@opencjm/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { documentTable } from './document-table.ts';
import { migrateServerStore, SERVER_STORE_MIGRATIONS } from './migrations.ts';
import { createStoreLock } from './store-lock.ts';

const stores: { close(): void }[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function mapsTable() {
  const store = await openDuckDbStore(':memory:');
  stores.push(store);
  await migrateServerStore(store.conn);
  return { store, maps: documentTable(store.conn, createStoreLock(), 'maps') };
}

describe('document table', () => {
  it('migrates once: a second run applies nothing', async () => {
    const { store } = await mapsTable();
    expect(await migrateServerStore(store.conn)).toBe(SERVER_STORE_MIGRATIONS.at(-1)?.version);
    const rows = (
      await store.conn.runAndReadAll('SELECT count(*) AS n FROM server_store_version')
    ).getRowObjectsJS();
    expect(Number(rows[0]?.n)).toBe(SERVER_STORE_MIGRATIONS.length);
  });

  it('writes by compare-and-set on the version', async () => {
    const { maps } = await mapsTable();
    expect(await maps.insert('m1', { title: 'One' })).toMatchObject({ ok: true, version: 1 });
    expect(await maps.insert('m1', { title: 'Again' })).toEqual({ ok: false, reason: 'id-taken' });
    expect(await maps.update('m1', 1, { title: 'Two' })).toMatchObject({ ok: true, version: 2 });
    const stale = await maps.update('m1', 1, { title: 'Lost' });
    expect(stale).toMatchObject({
      ok: false,
      reason: 'version-conflict',
      current: { version: 2, doc: { title: 'Two' } },
    });
    expect(await maps.update('m2', 1, {})).toEqual({ ok: false, reason: 'not-found' });
    expect(await maps.remove('m1', 2)).toMatchObject({ ok: true });
    expect(await maps.count()).toBe(0);
  });

  it('lists top-level fields of every document, last written first', async () => {
    const { maps } = await mapsTable();
    await maps.insert('a', { title: 'A', type: 'current' });
    await maps.insert('b', { title: 'B' });
    const rows = await maps.list(['title', 'type']);
    expect(rows.map((row) => [row.id, row.fields])).toEqual([
      ['b', { title: 'B', type: null }],
      ['a', { title: 'A', type: 'current' }],
    ]);
  });
});
