import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../import/index.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { exportCustomer, forgetCustomer, identifierOf } from './index.ts';

const stores: DuckDbStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** Anna visits anonymously, signs in, buys and writes a review; Boris only visits; one of Anna's rows is broken. */
const EVENTS = [
  { event_id: 'e1', timestamp: '2026-01-01T10:00:00Z', event: 'page_view', anonymous_id: 'anon-anna' },
  {
    event_id: 'e2',
    timestamp: '2026-01-01T10:05:00Z',
    event: 'sign_in',
    anonymous_id: 'anon-anna',
    email: 'Anna@Example.com',
  },
  {
    event_id: 'e3',
    timestamp: '2026-01-02T10:00:00Z',
    event: 'review',
    email: 'anna@example.com',
    text: 'Fast delivery',
    properties: { stars: 5 },
  },
  { event_id: 'e4', timestamp: '2026-01-01T11:00:00Z', event: 'page_view', anonymous_id: 'anon-boris' },
  { event_id: 'e5', timestamp: 'not a time', event: 'page_view', email: 'anna@example.com' },
];

async function shop(): Promise<DuckDbStore> {
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-privacy-'));
  const store = await openDuckDbStore(join(dir, 'ws'));
  stores.push(store);
  const file = join(dir, 'events.ndjson');
  writeFileSync(file, `${EVENTS.map((e) => JSON.stringify(e)).join('\n')}\n`);
  await importFiles(store, [file]);
  return store;
}

const count = async (store: DuckDbStore, sql: string) =>
  Number((await store.conn.runAndReadAll(sql)).getRowObjectsJS()[0]?.n);

describe('identifierOf', () => {
  it('normalises what a person gives as the importer stores it', () => {
    expect(identifierOf('Anna@Example.com')).toBe('email:anna@example.com');
    expect(identifierOf('phone:+7 (912) 000-11-22')).toBe('phone:+79120001122');
    expect(identifierOf('user_id:u1')).toBe('user_id:u1');
  });
});

describe('exportCustomer', () => {
  it('gives every identifier, event and quarantined row held about the customer', async () => {
    const store = await shop();
    const exported = await exportCustomer(store, 'anna@example.com');
    expect(exported?.identifiers).toEqual(['anonymous_id:anon-anna', 'email:anna@example.com']);
    expect(exported?.events.map((e) => e.event_id)).toEqual(['e1', 'e2', 'e3']);
    expect(exported?.events[2]).toMatchObject({ text: 'Fast delivery', ts: '2026-01-02T10:00:00.000Z' });
    expect(exported?.quarantined).toHaveLength(1);
    expect(await exportCustomer(store, 'nobody@example.com')).toBeUndefined();
  });
});

describe('forgetCustomer', () => {
  it('removes the customer’s events, identifiers, quarantined rows and journey rows, and nothing else', async () => {
    const store = await shop();
    const quarantineDir = join(store.path, '..', 'quarantine');
    expect(readdirSync(quarantineDir)).toHaveLength(1);
    const before = await count(store, 'SELECT count(*) AS n FROM events');
    const forgotten = await forgetCustomer(store, 'anonymous_id:anon-anna');
    expect(forgotten).toMatchObject({
      events: 3,
      quarantined: 1,
      identifiers: ['anonymous_id:anon-anna', 'email:anna@example.com'],
    });
    expect(await count(store, 'SELECT count(*) AS n FROM events')).toBe(before - 3);
    expect(await count(store, `SELECT count(*) AS n FROM identity WHERE identifier LIKE '%anna%'`)).toBe(0);
    expect(await count(store, `SELECT count(*) AS n FROM quarantine WHERE raw LIKE '%anna%'`)).toBe(0);
    expect(
      await count(store, `SELECT count(*) AS n FROM events WHERE CAST(identifiers AS VARCHAR) LIKE '%anna%'`),
    ).toBe(0);
    expect(await exportCustomer(store, 'anna@example.com')).toBeUndefined();
    expect((await exportCustomer(store, 'anonymous_id:anon-boris'))?.events).toHaveLength(1);
    for (const file of readdirSync(quarantineDir))
      expect(readFileSync(join(quarantineDir, file), 'utf8')).not.toContain('anna');
  });
});
