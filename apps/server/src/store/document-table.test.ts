import { openDuckDbStore } from '@opencjm/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { documentTable } from './document-table.ts';
import { migrateServerStore, SERVER_STORE_MIGRATIONS } from './migrations.ts';

const stores: { close(): void }[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function mapsTable() {
  const store = await openDuckDbStore(':memory:');
  stores.push(store);
  await migrateServerStore(store.conn);
  return { store, maps: documentTable(store.conn, 'maps') };
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
    const rows = await maps.list();
    expect(rows.map((row) => [row.id, row.fields])).toEqual([
      ['b', { title: 'B', type: null, language: null, basedOn: null }],
      ['a', { title: 'A', type: 'current', language: null, basedOn: null }],
    ]);
  });

  it('lists from the summary kept on each write, never from the documents', async () => {
    const { store, maps } = await mapsTable();
    await maps.insert('a', { title: 'Before', type: 'current' });
    await maps.update('a', 1, { title: 'After', type: 'future' });
    await store.conn.run(`UPDATE maps SET doc = '{"title": "not read"}'`);
    expect((await maps.list()).map((row) => row.fields.title)).toEqual(['After']);
  });

  it('fills the summary of documents stored before it existed', async () => {
    const store = await openDuckDbStore(':memory:');
    stores.push(store);
    await store.conn.run('CREATE TABLE server_store_version (version INTEGER NOT NULL)');
    const v2 = SERVER_STORE_MIGRATIONS.filter((step) => step.version <= 2);
    for (const step of v2) await store.conn.run(step.sql);
    await store.conn.run('INSERT INTO server_store_version VALUES (2)');
    await store.conn.run(
      `INSERT INTO maps VALUES ('old', 3, '{"title": "Old map", "language": "ru"}', now())`,
    );
    await migrateServerStore(store.conn);
    const [row] = await documentTable(store.conn, 'maps').list();
    expect(row).toMatchObject({
      id: 'old',
      version: 3,
      fields: { title: 'Old map', language: 'ru', type: null },
    });
  });
});
