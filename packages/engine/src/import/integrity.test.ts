import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { tempDir as newTempDir, rows, writeFixture } from './test-fixtures.ts';

/**
 * Damaged and hostile input (issue: imports never lose or hide a row). Every case counts
 * every physical line or record: read = accepted + quarantined + duplicates, and bad ones
 * are in the quarantine with their line.
 */
/** Temporary folders of this file, removed at the end: some hold files of 20–40 MB. */
const dirs: string[] = [];
const tempDir = () => {
  const dir = newTempDir();
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const HEADER = 'timestamp,customer_id,event,channel\n';
const row = (i: number) => `2026-03-01T10:00:${String(i % 60).padStart(2, '0')}Z,c${i},page_view,web\n`;
const csv = (n: number) => HEADER + Array.from({ length: n }, (_, i) => row(i)).join('');
const quarantine = (store: Awaited<ReturnType<typeof openDuckDbStore>>) =>
  rows(
    store,
    'SELECT line::INTEGER AS line, length(raw)::INTEGER AS size, left(raw, 24) AS raw, reason FROM quarantine ORDER BY line',
  );
const stored = async (store: Awaited<ReturnType<typeof openDuckDbStore>>) =>
  (
    await rows(
      store,
      'SELECT (SELECT count(*) FROM events)::INTEGER AS events, (SELECT count(*) FROM imports)::INTEGER AS imports',
    )
  )[0];

describe('damaged files', () => {
  it('rejects a gzip file cut in half, naming the file and the offset, and stores nothing of it', async () => {
    const store = await openDuckDbStore(':memory:');
    const whole = gzipSync(csv(20_000));
    const path = writeFixture(tempDir(), 'half.csv', whole.subarray(0, whole.length >> 1));
    await expect(importFiles(store, [path])).rejects.toThrow(
      new RegExp(
        `^half\\.csv: the gzip data is cut short at compressed byte ${whole.length >> 1} \\(after \\d+ bytes of content\\); nothing of this file was imported$`,
      ),
    );
    expect(await stored(store)).toEqual({ events: 0, imports: 0 });
    store.close();
  });

  it('reports a 100-byte piece of a gzip file as cut short, not as a missing column', async () => {
    const store = await openDuckDbStore(':memory:');
    const path = writeFixture(tempDir(), 'tiny.csv', gzipSync(csv(1000)).subarray(0, 100));
    await expect(importFiles(store, [path])).rejects.toThrow(
      /^tiny\.csv: the gzip data is cut short at compressed byte 100 /,
    );
    store.close();
  });

  it('rejects corrupt gzip data with the offset, also for XES and JSON', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const bytes = gzipSync(csv(5000));
    bytes.fill(0x55, 2000, 2100);
    for (const name of ['bad.csv', 'bad.xes', 'bad.json']) {
      await expect(importFiles(store, [writeFixture(dir, name, bytes)])).rejects.toThrow(
        new RegExp(`^${name.replace('.', '\\.')}: the gzip data is corrupt \\(.+\\) at compressed byte \\d+`),
      );
    }
    expect(await stored(store)).toEqual({ events: 0, imports: 0 });
    store.close();
  });

  it('says that an empty file (or one of blanks only) has nothing to import', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    for (const [name, content] of [
      ['empty.csv', ''],
      ['blank.ndjson', '\n  \n'],
      ['empty.csv.gz', ''],
    ] as const) {
      await expect(importFiles(store, [writeFixture(dir, name, content)])).rejects.toThrow(
        `${name}: is empty: it has no records to import`,
      );
    }
    store.close();
  });
});

describe('long lines and binary junk', () => {
  it('imports a 3 MB field (beyond DuckDB’s 2 MB line default) instead of failing with an internal error', async () => {
    const store = await openDuckDbStore(':memory:');
    const big = `2026-03-01T10:00:00Z,c1,${'x'.repeat(3_000_000)},web\n`;
    const summary = await importFiles(store, [
      writeFixture(tempDir(), 'big.csv', HEADER + row(0) + big + row(2)),
    ]);
    expect(summary).toMatchObject({ read: 3, accepted: 3, quarantined: 0 });
    expect(await rows(store, 'SELECT max(length(event))::INTEGER AS n FROM events')).toEqual([
      { n: 3_000_000 },
    ]);
    store.close();
  });

  it('quarantines a 34 MB line (beyond DuckDB’s buffer) with a prefix and SHA-256; later lines keep their numbers', async () => {
    const store = await openDuckDbStore(':memory:');
    const big = `2026-03-01T10:00:00Z,c1,${'x'.repeat(34_000_000)},web\n`;
    const file = `${HEADER + row(0) + big + row(2)}yesterday,c3,page_view,web\n`;
    const summary = await importFiles(store, [writeFixture(tempDir(), 'huge.csv', file)]);
    expect(summary).toMatchObject({ read: 4, accepted: 2, quarantined: 2 });
    expect(await quarantine(store)).toEqual([
      {
        line: 3,
        size: 1024,
        raw: '2026-03-01T10:00:00Z,c1,',
        reason: expect.stringMatching(
          /^line of 34000028 bytes is longer than the limit of 8388608 bytes \(maxLineBytes\); kept: its first 1024 bytes, SHA-256 [0-9a-f]{64}$/,
        ),
      },
      {
        line: 5,
        size: 26,
        raw: 'yesterday,c3,page_view,w',
        reason: 'unparseable time "yesterday" in column "timestamp"',
      },
    ]);
    store.close();
  });

  it('takes the line limit as an option, for CSV and NDJSON alike', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const long = `2026-03-01T10:00:00Z,c1,${'y'.repeat(5000)},web\n`;
    const csvSummary = await importFiles(store, [writeFixture(dir, 'a.csv', HEADER + long + row(2))], {
      maxLineBytes: 4096,
    });
    expect(csvSummary).toMatchObject({ read: 2, accepted: 1, quarantined: 1 });
    const record = (event: string) =>
      `${JSON.stringify({ timestamp: '2026-03-01T10:00:00Z', customer_id: 'n', event })}\n`;
    const nd = await importFiles(
      store,
      [writeFixture(dir, 'a.ndjson', record('a') + record('b'.repeat(5000)) + record('c'))],
      {
        maxLineBytes: 4096,
      },
    );
    expect(nd).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect(
      await rows(store, "SELECT line::INTEGER AS line FROM quarantine WHERE source = 'a.ndjson'"),
    ).toEqual([{ line: 2 }]);
    store.close();
  });

  it('quarantines a 40 MB line of NUL bytes and NUL inside a field, keeping the later line numbers', async () => {
    const store = await openDuckDbStore(':memory:');
    const file = Buffer.concat([
      Buffer.from(HEADER + row(0)),
      Buffer.alloc(40_000_000),
      Buffer.from(
        `\n${row(2)}2026-03-01T10:00:00Z,c3,a\0b,web\n${'\0'.repeat(300)}\nyesterday,c5,page_view,web\n`,
      ),
    ]);
    const summary = await importFiles(store, [writeFixture(tempDir(), 'nul.csv', file)]);
    expect(summary).toMatchObject({ read: 6, accepted: 2, quarantined: 4 });
    const bad = await quarantine(store);
    expect(bad.map((r) => [r.line, r.reason])).toEqual([
      [3, expect.stringMatching(/^line of 40000000 bytes is longer than the limit/)],
      [5, 'contains NUL bytes: binary data, not text'],
      [6, 'contains NUL bytes: binary data, not text'],
      [7, 'unparseable time "yesterday" in column "timestamp"'],
    ]);
    expect(bad[1]?.raw).toBe('2026-03-01T10:00:00Z,c3,');
    store.close();
  });

  it('quarantines a line of random binary junk in CSV and NDJSON with its line', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const junk = Buffer.from(
      Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256).filter((b) => b !== 10 && b !== 13),
    );
    const file = Buffer.concat([Buffer.from(HEADER + row(0)), junk, Buffer.from(`\n${row(2)}`)]);
    const summary = await importFiles(store, [writeFixture(dir, 'junk.csv', file)], { encoding: 'utf-8' });
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    const nd = Buffer.concat([
      Buffer.from('{"timestamp":"2026-03-01T10:00:00Z","customer_id":"n","event":"a"}\n'),
      junk,
      Buffer.from('\n{"timestamp":"2026-03-01T10:00:00Z","customer_id":"n","event":"b"}\n'),
    ]);
    expect(
      await importFiles(store, [writeFixture(dir, 'junk.ndjson', nd)], { encoding: 'utf-8' }),
    ).toMatchObject({
      read: 3,
      accepted: 2,
      quarantined: 1,
    });
    expect(await rows(store, 'SELECT source, line::INTEGER AS line FROM quarantine ORDER BY source')).toEqual(
      [
        { source: 'junk.csv', line: 3 },
        { source: 'junk.ndjson', line: 2 },
      ],
    );
    store.close();
  });

  it('keeps the original bytes of a line that is not valid UTF-8, bad bytes as \\xNN', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const bad = Buffer.concat([
      Buffer.from('2026-03-01T10:00:00Z,c1,caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(' ок,web\n'),
    ]);
    for (const name of ['latin.csv', 'latin.csv.gz']) {
      const file = Buffer.concat([Buffer.from(HEADER + row(0)), bad, Buffer.from(row(2))]);
      const summary = await importFiles(store, [writeFixture(dir, name, file)], { encoding: 'utf-8' });
      expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    }
    expect(
      await rows(store, 'SELECT source, line::INTEGER AS line, raw, reason FROM quarantine ORDER BY source'),
    ).toEqual(
      ['latin.csv', 'latin.csv.gz'].map((source) => ({
        source,
        line: 3,
        raw: '2026-03-01T10:00:00Z,c1,caf\\xe9\\xff ок,web',
        reason: 'not valid UTF-8 text; bytes that are not UTF-8 are written as \\xNN',
      })),
    );
    store.close();
  });

  it('reads a CSV or NDJSON file that mixes CRLF and LF line ends, with a long line too', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const long = `2026-03-01T10:00:00Z,c9,${'z'.repeat(5000)},web\r\n`;
    const file = `${HEADER}${row(0)}${row(1).replace('\n', '\r\n')}${long}${row(3)}a,b,c,d,e\r\n`;
    const summary = await importFiles(store, [writeFixture(dir, 'mixed.csv', file)], { maxLineBytes: 4096 });
    expect(summary).toMatchObject({ read: 5, accepted: 3, quarantined: 2 });
    const nd =
      '{"timestamp":"2026-03-01T10:00:00Z","customer_id":"n","event":"a"}\r\n{"timestamp":"2026-03-01T10:00:00Z","customer_id":"n","event":"b"}\n';
    expect(await importFiles(store, [writeFixture(dir, 'mixed.ndjson', nd)])).toMatchObject({
      read: 2,
      accepted: 2,
    });
    expect(
      await rows(
        store,
        'SELECT line::INTEGER AS line, left(reason, 30) AS reason FROM quarantine ORDER BY line',
      ),
    ).toEqual([
      { line: 4, reason: 'line of 5028 bytes is longer t' },
      { line: 6, reason: 'wrong number of fields: Expect' },
    ]);
    expect(await rows(store, "SELECT DISTINCT channel FROM events WHERE channel <> 'web'")).toEqual([]);
    store.close();
  });

  it('quarantines a 20 MB NDJSON field instead of failing on a missing reader table', async () => {
    const store = await openDuckDbStore(':memory:');
    const record = (event: string) =>
      `${JSON.stringify({ timestamp: '2026-03-01T10:00:00Z', customer_id: 'n', event })}\n`;
    const file = record('a') + record('b'.repeat(20_000_000)) + record('c') + record('d'.repeat(3_000_000));
    const summary = await importFiles(store, [writeFixture(tempDir(), 'big.ndjson', file)]);
    expect(summary).toMatchObject({ read: 4, accepted: 3, quarantined: 1 });
    expect((await quarantine(store)).map((r) => [r.line, r.size])).toEqual([[2, 1024]]);
    store.close();
  });

  it('gives rows after blank lines of a CSV their physical line numbers', async () => {
    const store = await openDuckDbStore(':memory:');
    const file = `${HEADER}\n${row(0)}\n\r\nyesterday,c1,page_view,web\n${row(2)}\n\n2026-03-01T10:00:00Z,c3,page_view\n${row(4)}\n`;
    for (const name of ['blank.csv', 'blank.csv.gz']) {
      const summary = await importFiles(store, [writeFixture(tempDir(), name, file)]);
      expect(summary).toMatchObject({ read: 5, accepted: 3, quarantined: 2 });
    }
    expect(
      await rows(store, 'SELECT source, line::INTEGER AS line FROM quarantine ORDER BY source, line'),
    ).toEqual([
      { source: 'blank.csv', line: 6 },
      { source: 'blank.csv', line: 10 },
      { source: 'blank.csv.gz', line: 6 },
      { source: 'blank.csv.gz', line: 10 },
    ]);
    expect(
      await rows(
        store,
        "SELECT list(line::INTEGER ORDER BY line) AS lines FROM events WHERE source = 'blank.csv'",
      ),
    ).toEqual([{ lines: [3, 7, 11] }]);
    store.close();
  });

  it('keeps a bad CSV row as written: quoting, spaces and a field spanning lines', async () => {
    const store = await openDuckDbStore(':memory:');
    const bad = ['"yesterday","c1","page_view","web"', '"tomorrow" ,c2,"two\nlines",web'];
    const file = `${HEADER}${row(0)}${bad[0]}\n${row(2)}${bad[1]}\n${row(4)}`;
    for (const name of ['asis.csv', 'asis.csv.gz']) {
      const summary = await importFiles(store, [writeFixture(tempDir(), name, file)]);
      expect(summary).toMatchObject({ read: 5, accepted: 3, quarantined: 2 });
    }
    expect(
      await rows(
        store,
        "SELECT line::INTEGER AS line, raw FROM quarantine WHERE source = 'asis.csv' ORDER BY line",
      ),
    ).toEqual([
      { line: 3, raw: bad[0] },
      { line: 5, raw: bad[1] },
    ]);
    expect(
      await rows(store, "SELECT raw FROM quarantine WHERE source = 'asis.csv.gz' ORDER BY line"),
    ).toEqual(bad.map((raw) => ({ raw })));
    store.close();
  });
});
