import type { DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { ANNA_CSV, rows, tempDir, writeFixture } from './test-fixtures.ts';

/** The store, with a connection whose `nth` INSERT INTO events fails (a crash mid-batch). */
function failingOnInsert(store: DuckDbStore, nth: number): DuckDbStore {
  let inserts = 0;
  const conn = new Proxy(store.conn, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop !== 'run' || typeof value !== 'function')
        return typeof value === 'function' ? value.bind(target) : value;
      return (sql: string) => {
        if (/^\s*INSERT INTO events/.test(sql) && ++inserts === nth) throw new Error('simulated crash');
        return target.run(sql);
      };
    },
  }) as DuckDBConnection;
  return { ...store, conn };
}

const counts = (store: DuckDbStore) =>
  rows(
    store,
    `SELECT (SELECT count(*) FROM events)::INTEGER AS events, (SELECT count(*) FROM quarantine)::INTEGER AS quarantine,
      (SELECT count(*) FROM imports)::INTEGER AS imports`,
  );

describe('loading events', () => {
  it('adds nothing when the same file is imported again, counting duplicates', async () => {
    const store = await openDuckDbStore(':memory:');
    const file = writeFixture(tempDir(), 'anna.csv', `${ANNA_CSV}\nnot-a-time,anna,page_view,web\n`);
    const first = await importFiles(store, [file]);
    expect(first).toMatchObject({ read: 6, accepted: 5, quarantined: 1, duplicates: 0 });
    const again = await importFiles(store, [file]);
    expect(again).toMatchObject({ read: 6, accepted: 0, quarantined: 0, duplicates: 6 });
    expect(again.read).toBe(again.accepted + again.quarantined + again.duplicates);
    expect(await counts(store)).toEqual([{ events: 5, quarantine: 1, imports: 2 }]);
    store.close();
  });

  it('keeps identical rows of one file as separate events with their own ids, idempotently', async () => {
    const store = await openDuckDbStore(':memory:');
    const row = '2026-03-01T10:00:00Z,anna,page_view,web';
    const file = writeFixture(
      tempDir(),
      'twice.csv',
      `timestamp,customer_id,event,channel\n${row}\n${row}\n`,
    );
    expect(await importFiles(store, [file])).toMatchObject({ accepted: 2 });
    expect(await importFiles(store, [file])).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(await rows(store, 'SELECT count(DISTINCT event_id)::INTEGER AS ids FROM events')).toEqual([
      { ids: 2 },
    ]);
    store.close();
  });

  it('stores an id given by the source once, even when the file repeats it', async () => {
    const store = await openDuckDbStore(':memory:');
    const lines = [
      {
        messageId: 'm1',
        type: 'track',
        event: 'Order Completed',
        userId: 'u-anna',
        timestamp: '2026-03-01T10:00:00Z',
      },
      {
        messageId: 'm1',
        type: 'track',
        event: 'Order Completed',
        userId: 'u-anna',
        timestamp: '2026-03-01T10:00:00Z',
      },
      { messageId: 'm2', type: 'page', userId: 'u-anna', timestamp: '2026-03-01T10:01:00Z' },
    ];
    const file = writeFixture(tempDir(), 'segment.ndjson', lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(await importFiles(store, [file], { preset: 'segment' })).toMatchObject({
      accepted: 2,
      duplicates: 1,
    });
    expect(await rows(store, 'SELECT event_id FROM events ORDER BY seq')).toEqual([
      { event_id: 'm1' },
      { event_id: 'm2' },
    ]);
    store.close();
  });

  it('continues seq from the stored maximum and keeps file order for equal times', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    await importFiles(store, [writeFixture(dir, 'anna.csv', ANNA_CSV)]);
    const tie = [
      'timestamp,customer_id,event',
      ...['c', 'a', 'b'].map((e) => `2026-03-05T12:00:00Z,boris,${e}`),
    ];
    await importFiles(store, [writeFixture(dir, 'tie.csv', tie.join('\n'))]);
    expect(
      await rows(
        store,
        `SELECT event, seq::INTEGER AS seq FROM events WHERE source = 'tie.csv' ORDER BY ts, seq`,
      ),
    ).toEqual([
      { event: 'c', seq: 6 },
      { event: 'a', seq: 7 },
      { event: 'b', seq: 8 },
    ]);
    store.close();
  });

  it('leaves nothing of a batch that fails half-way, and a re-run completes the file', async () => {
    const store = await openDuckDbStore(':memory:');
    const file = writeFixture(tempDir(), 'anna.csv', `${ANNA_CSV}\nnot-a-time,anna,page_view,web\n`);
    // Batches of 2 rows: the 2nd batch crashes after its quarantine insert, before its events.
    const crashing = failingOnInsert(store, 2);
    await expect(importFiles(crashing, [file], { batchRows: 2, stitch: false })).rejects.toThrow(
      'simulated crash',
    );
    expect(await counts(store)).toEqual([{ events: 2, quarantine: 0, imports: 1 }]);
    expect(await rows(store, 'SELECT accepted::INTEGER AS accepted FROM imports')).toEqual([{ accepted: 2 }]);
    const rerun = await importFiles(store, [file], { batchRows: 2 });
    expect(rerun).toMatchObject({ read: 6, accepted: 3, quarantined: 1, duplicates: 2 });
    expect(await counts(store)).toEqual([{ events: 5, quarantine: 1, imports: 2 }]);
    store.close();
  });
});
