import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-files.ts';
import { rows, workspaceStore, writeFixture } from './test-fixtures.ts';

const MIXED = [
  'timestamp,customer_id,event,score',
  '2026-03-01T10:00:00Z,anna,survey_response,9',
  'yesterday,anna,page_view,',
  '2026-03-01T10:02:00Z,null,page_view,',
  '2026-03-01T10:03:00Z,anonymous,page_view,',
  '2026-03-01T10:04:00Z,anna,,',
  '2026-03-01T10:05:00Z,anna,page_view',
  '2026-03-01T10:06:00Z,anna,survey_response,nine',
  '2026-03-01T10:07:00Z,boris,page_view,,extra',
  '2026-03-01T10:08:00Z,boris,purchase,',
].join('\n');

describe('quarantine', () => {
  it('keeps every bad row with its line and reason, in the table and the NDJSON file; totals add up', async () => {
    const { store, dir } = await workspaceStore();
    const summary = await importFiles(store, [writeFixture(dir, 'mixed.csv', MIXED)]);
    expect(summary).toMatchObject({ read: 9, accepted: 2, quarantined: 7, duplicates: 0 });
    expect(summary.read).toBe(summary.accepted + summary.quarantined + summary.duplicates);
    const stored = await rows(store, 'SELECT line::INTEGER AS line, reason FROM quarantine ORDER BY line');
    expect(stored).toEqual([
      { line: 3, reason: 'unparseable time "yesterday" in column "timestamp"' },
      { line: 4, reason: expect.stringMatching(/^no identifier in column "customer_id"/) },
      { line: 5, reason: expect.stringMatching(/^no identifier in column "customer_id"/) },
      { line: 6, reason: 'no event name in column "event"' },
      { line: 7, reason: 'wrong number of fields: Expected Number of Columns: 4 Found: 3' },
      { line: 8, reason: 'score "nine" is not a number in column "score"' },
      { line: 9, reason: 'wrong number of fields: Expected Number of Columns: 4 Found: 5' },
    ]);
    expect(summary.quarantineFile).toMatch(new RegExp(`quarantine/${summary.importId}\\.ndjson$`));
    const file = readFileSync(summary.quarantineFile ?? '', 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(file).toHaveLength(7);
    expect(file[0]).toEqual({
      source: 'mixed.csv',
      line: 3,
      raw: 'yesterday,anna,page_view,',
      reason: 'unparseable time "yesterday" in column "timestamp"',
    });
    expect(file.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const counted = await rows(
      store,
      `SELECT (SELECT count(*) FROM events WHERE import_id = '${summary.importId}')::INTEGER AS events,
              (SELECT count(*) FROM quarantine WHERE import_id = '${summary.importId}')::INTEGER AS quarantined,
              (SELECT sum(read)::INTEGER FROM imports WHERE import_id = '${summary.importId}') AS read`,
    );
    expect(counted).toEqual([{ events: 2, quarantined: 7, read: 9 }]);
    store.close();
  });

  it('gives rejected rows and later rows their physical line after a field spanning lines', async () => {
    const { store, dir } = await workspaceStore();
    const csv =
      'timestamp,customer_id,event,text\n2026-03-01T10:00:00Z,anna,review,"line one\nline two\nline three"\n2026-03-01T10:01:00Z,anna\n2026-03-01T10:02:00Z,anna,bad-time-next,x\nsoon,anna,page_view,x\n';
    const summary = await importFiles(store, [writeFixture(dir, 'multi.csv', csv)]);
    expect(summary).toMatchObject({ read: 4, accepted: 2, quarantined: 2 });
    expect(await rows(store, 'SELECT line::INTEGER AS line FROM quarantine ORDER BY line')).toEqual([
      { line: 5 },
      { line: 7 },
    ]);
    expect(await rows(store, 'SELECT line::INTEGER AS line FROM events ORDER BY seq')).toEqual([
      { line: 2 },
      { line: 6 },
    ]);
    store.close();
  });
});
