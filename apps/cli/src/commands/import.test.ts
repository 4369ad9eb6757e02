import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openDuckDbStore } from '@opencjm/engine';
import { describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../test-helpers.ts';

/** Anna clicks an ad, compares on the site and buys; Boris only browses. */
const EVENTS = [
  'timestamp,customer_id,event,channel',
  '2026-03-01T10:00:00+03:00,anna,ad_click,ads',
  '2026-03-01T10:05:00+03:00,anna,page_view,web',
  '2026-03-01T10:20:00+03:00,anna,purchase,web',
  '2026-03-02T09:00:00+03:00,boris,page_view,web',
  'later,anna,review,web',
].join('\n');

describe('cjm import', () => {
  it('imports a CSV into the workspace and prints a summary; --json prints exactly the counts', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'events.csv'), EVENTS);
    const first = await cjm(dir, 'import', 'events.csv');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/imported 4 of 5 rows in [\d.]+ s: 1 quarantined, 0 duplicates/);
    expect(first.stdout).toMatch(/quarantined rows: .*\.opencjm\/quarantine\/imp_\w+\.ndjson/);
    expect(first.stdout).toMatch(/journeys ordered for analysis in [\d.]+ s/);
    const store = await openDuckDbStore(join(dir, '.opencjm'));
    try {
      // built by the import, so the next analysis does not rebuild them
      const fresh = await store.conn.runAndReadAll('SELECT count(*) AS n FROM journey_events');
      expect(Number(fresh.getRowObjects()[0]?.n)).toBe(4);
    } finally {
      store.close();
    }
    const again = await cjm(dir, 'import', '--json', 'events.csv');
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(Object.keys(summary)).toEqual(['read', 'accepted', 'quarantined', 'duplicates', 'seconds']);
    expect(summary).toMatchObject({ read: 5, accepted: 0, quarantined: 0, duplicates: 5 });
    expect(again.stderr).toBe('');
  });

  it('maps columns with --map-* flags or a mapping file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'calls.csv'), 'when,who,what\n2026-03-01T10:00:00Z,anna,call\n');
    const flags = await cjm(
      dir,
      'import',
      '--json',
      '--map-time',
      'when',
      '--map-customer',
      'who',
      '--map-event',
      'what',
      'calls.csv',
    );
    expect(JSON.parse(flags.stdout)).toMatchObject({ accepted: 1 });
    writeFileSync(join(dir, 'mapping.yaml'), 'timestamp: when\ncustomer_id: who\nevent: what\n');
    writeFileSync(join(dir, 'calls2.csv'), 'when,who,what\n2026-03-02T10:00:00Z,boris,call\n');
    const file = await cjm(
      dir,
      'import',
      '--json',
      '--mapping',
      'mapping.yaml',
      '--workspace',
      'ws2',
      'calls2.csv',
    );
    expect(JSON.parse(file.stdout)).toMatchObject({ accepted: 1 });
  });

  it('fails with a clear message for a missing file, a bad mapping or an unmappable file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'odd.csv'), 'when,who,what\n2026-03-01T10:00:00Z,anna,call\n');
    writeFileSync(join(dir, 'bad-mapping.json'), '{"time": "when"}');
    expect(await cjm(dir, 'import', 'nope.csv')).toMatchObject({
      code: 1,
      stderr: 'cjm: no such file: nope.csv\n',
    });
    const mapping = await cjm(dir, 'import', '--mapping', 'bad-mapping.json', 'odd.csv');
    expect(mapping.code).toBe(1);
    expect(mapping.stderr).toMatch(/bad-mapping\.json: not a valid mapping/);
    const unmapped = await cjm(dir, 'import', 'odd.csv');
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toMatch(
      /odd\.csv: no column for "timestamp" \(columns: when, who, what\); use --map-time/,
    );
    const preset = await cjm(dir, 'import', '--preset', 'nope', 'odd.csv');
    expect(preset.code).toBe(1);
    expect(preset.stderr).toMatch(/expected one of process-log, segment, ga4/);
  });

  it('fails on a gzip file cut short or an empty file, naming it; --max-line-bytes quarantines long lines', async () => {
    const dir = tempDir();
    const whole = gzipSync(Buffer.from(`${EVENTS}\n`.repeat(200)));
    writeFileSync(join(dir, 'cut.csv.gz'), whole.subarray(0, whole.length - 30));
    writeFileSync(join(dir, 'empty.csv'), '');
    const cut = await cjm(dir, 'import', 'cut.csv.gz');
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(
      /^cjm: cut\.csv\.gz: the gzip data is cut short at compressed byte \d+ \(after \d+ bytes of content\); nothing of this file was imported\n$/,
    );
    expect(await cjm(dir, 'import', 'empty.csv')).toMatchObject({
      code: 1,
      stderr: 'cjm: empty.csv: is empty: it has no records to import\n',
    });
    writeFileSync(join(dir, 'long.csv'), `${EVENTS}\n2026-03-03T10:00:00Z,anna,${'x'.repeat(3000)},web\n`);
    const long = await cjm(dir, 'import', '--json', '--max-line-bytes', '2048', 'long.csv');
    expect(JSON.parse(long.stdout)).toMatchObject({ read: 6, accepted: 4, quarantined: 2 });
    writeFileSync(
      join(dir, 'deep.ndjson'),
      '{"timestamp":"2026-03-01T10:00:00Z","customer_id":"c","event":"e","p":{"q":{"r":1}}}\n',
    );
    const deep = await cjm(dir, 'import', '--json', '--max-depth', '2', 'deep.ndjson');
    expect(JSON.parse(deep.stdout)).toMatchObject({ read: 1, quarantined: 1 });
    const bad = await cjm(dir, 'import', '--max-line-bytes', '12', 'long.csv');
    expect(bad.stderr).toMatch(/expected a whole number of bytes, at least 1024/);
  });

  it('says that another process holds the workspace database', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'events.csv'), EVENTS);
    mkdirSync(join(dir, '.opencjm'));
    const database = join(dir, '.opencjm', 'opencjm.duckdb');
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { DuckDBInstance } = await import('@duckdb/node-api');
         await DuckDBInstance.create(process.argv[1]); console.log('ready'); setTimeout(() => {}, 30000);`,
        database,
      ],
      { cwd: resolve(import.meta.dirname, '../../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await once(holder.stdout, 'data');
      const result = await cjm(dir, 'import', 'events.csv');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/locked by another process \(is `cjm serve` running\?\)/);
    } finally {
      holder.kill();
    }
  });
});
