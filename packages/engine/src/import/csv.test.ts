import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { ANNA_CSV, rows, tempDir, writeFixture } from './test-fixtures.ts';

describe('CSV import', () => {
  it('imports a generic timestamp,customer_id,event,channel file with no options', async () => {
    const store = await openDuckDbStore(':memory:');
    const file = writeFixture(tempDir(), 'anna.csv', ANNA_CSV);
    const summary = await importFiles(store, [file]);
    expect(summary).toMatchObject({ read: 5, accepted: 5, quarantined: 0, duplicates: 0 });
    expect(
      await rows(
        store,
        `SELECT epoch_ms(ts)::BIGINT::VARCHAR AS ms, seq::INTEGER AS seq, event, customer_ref, channel, source,
           line::INTEGER AS line FROM events ORDER BY seq LIMIT 1`,
      ),
    ).toEqual([
      {
        ms: String(Date.parse('2026-03-01T07:00:00Z')),
        seq: 1,
        event: 'ad_click',
        customer_ref: 'customer_id:anna',
        channel: 'ads',
        source: 'anna.csv',
        line: 2,
      },
    ]);
    store.close();
  });

  it('reads a UTF-8 BOM, a ; delimiter and quoted fields with delimiters and newlines', async () => {
    const store = await openDuckDbStore(':memory:');
    const csv = [
      '\uFEFFtimestamp;customer_id;event;text',
      '2026-03-01T10:00:00Z;anna;review;"Great; fast\ndelivery, ""5 stars"""',
      '2026-03-01T11:00:00Z;anna;support_ticket;plain',
      'not-a-time;anna;review;after the quotes',
    ].join('\r\n');
    const summary = await importFiles(store, [writeFixture(tempDir(), 'reviews.csv', csv)]);
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect(await rows(store, 'SELECT text, line::INTEGER AS line FROM events ORDER BY seq')).toEqual([
      { text: 'Great; fast\ndelivery, "5 stars"', line: 2 },
      { text: 'plain', line: 4 },
    ]);
    expect(await rows(store, 'SELECT line::INTEGER AS line, raw FROM quarantine')).toEqual([
      { line: 5, raw: 'not-a-time;anna;review;after the quotes' },
    ]);
    store.close();
  });

  it('transcodes a Windows-1251 export (Russian) to UTF-8', async () => {
    const store = await openDuckDbStore(':memory:');
    const text =
      'timestamp,customer_id,event,channel\n2026-03-01T10:00:00+03:00,анна,Покупка ноутбука,Сайт\n';
    const file = writeFixture(tempDir(), 'crm-export.csv', iconv.encode(text, 'win1251'));
    expect(await importFiles(store, [file])).toMatchObject({ read: 1, accepted: 1 });
    expect(await rows(store, 'SELECT customer_ref, event, channel FROM events')).toEqual([
      { customer_ref: 'customer_id:анна', event: 'Покупка ноутбука', channel: 'Сайт' },
    ]);
    store.close();
  });

  it('reads gzip-compressed CSV, also when only the content says so', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const gz = writeFixture(dir, 'anna.csv.gz', ANNA_CSV);
    const summary = await importFiles(store, [gz]);
    expect(summary).toMatchObject({ read: 5, accepted: 5, files: [{ format: 'csv' }] });
    store.close();
  });

  it('detects a tab delimiter and maps other column names with a mapping', async () => {
    const store = await openDuckDbStore(':memory:');
    const tsv = 'Дата\tКлиент\tДействие\n01.03.2026 10:00\tанна\tзвонок\n';
    const summary = await importFiles(store, [writeFixture(tempDir(), 'calls.tsv', tsv)], {
      mapping: { timestamp: 'Дата', customer_id: 'Клиент', event: 'Действие', timeFormat: '%d.%m.%Y %H:%M' },
      timezone: 'Europe/Moscow',
    });
    expect(summary).toMatchObject({ accepted: 1 });
    expect(
      await rows(store, `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS utc FROM events`),
    ).toEqual([{ utc: '2026-03-01 07:00' }]);
    store.close();
  });

  it('names the file and the missing column when the mapping cannot be satisfied', async () => {
    const store = await openDuckDbStore(':memory:');
    const file = writeFixture(tempDir(), 'odd.csv', 'when,who,what\n2026-01-01,a,b\n');
    await expect(importFiles(store, [file])).rejects.toThrow(
      /odd\.csv: no column for "timestamp" \(columns: when, who, what\)/,
    );
    await expect(importFiles(store, [file], { mapping: { timestamp: 'whn' } })).rejects.toThrow(
      /odd\.csv: mapping "timestamp": no column "whn"/,
    );
    store.close();
  });
});
