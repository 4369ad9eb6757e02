import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { rows, tempDir, writeFixture } from './test-fixtures.ts';

/** Instant Anna clicked the ad: 2026-03-01 07:00:00.123 UTC. */
const INSTANT = '2026-03-01T07:00:00.123Z';
const MS = Date.parse(INSTANT);

describe('event times', () => {
  it.each([
    ['ISO with Z', '2026-03-01T07:00:00.123Z'],
    ['ISO with +03:00', '2026-03-01T10:00:00.123+03:00'],
    ['ISO with -0530', '2026-03-01T01:30:00.123-0530'],
    ['space instead of T', '2026-03-01 10:00:00.123+03'],
    ['zone name', '2026-03-01 10:00:00.123 Europe/Moscow'],
    ['epoch seconds with a fraction', String(MS / 1000)],
    ['epoch milliseconds', String(MS)],
    ['epoch microseconds', String(MS * 1000)],
    ['epoch nanoseconds', `${MS}000000`],
    ['spaces around', `  ${MS}  `],
  ])('reads %s as the same instant', async (_name, time) => {
    const store = await openDuckDbStore(':memory:');
    const file = writeFixture(
      tempDir(),
      'times.csv',
      `timestamp,customer_id,event\n"${time}",anna,ad_click\n`,
    );
    expect(await importFiles(store, [file])).toMatchObject({ accepted: 1 });
    expect(await rows(store, 'SELECT epoch_ms(ts)::BIGINT::VARCHAR AS ms FROM events')).toEqual([
      { ms: String(MS) },
    ]);
    store.close();
  });

  it('reads a time without an offset in the import time zone, keeping the session zone', async () => {
    const store = await openDuckDbStore(':memory:');
    const before = await rows(store, `SELECT current_setting('TimeZone') AS tz`);
    const file = writeFixture(
      tempDir(),
      'naive.csv',
      'timestamp,customer_id,event\n2026-03-01 10:00:00.123,anna,ad_click\n',
    );
    await importFiles(store, [file], { timezone: 'Europe/Moscow' });
    expect(await rows(store, 'SELECT epoch_ms(ts)::BIGINT::VARCHAR AS ms FROM events')).toEqual([
      { ms: String(MS) },
    ]);
    expect(await rows(store, `SELECT current_setting('TimeZone') AS tz`)).toEqual(before);
    store.close();
  });
});
