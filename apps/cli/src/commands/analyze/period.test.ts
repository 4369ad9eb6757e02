import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DuckDbStore,
  dfg,
  insertStory,
  openDuckDbStore,
  shopMap,
  topPaths,
  variants,
} from '@opencjm/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../../test-helpers.ts';

let dir: string;
let store: DuckDbStore;
let from: string;
let to: string;
beforeAll(async () => {
  dir = tempDir();
  store = await openDuckDbStore(join(dir, '.opencjm'));
  await insertStory(store);
  const rows = await store.conn.runAndReadAll(
    `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS t FROM events ORDER BY ts`,
  );
  const times = rows.getRowObjectsJS().map((row) => String(row.t));
  from = times[Math.floor(times.length / 4)] as string;
  to = times[Math.floor((times.length * 3) / 4)] as string;
  writeFileSync(join(dir, 'shop.json'), JSON.stringify(shopMap()));
});
afterAll(() => store.close());

/** A command's JSON answer, failing with its error text when it did not succeed. */
async function json(...args: string[]): Promise<unknown> {
  const result = await cjm(dir, ...args);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('cjm analyze over a period', () => {
  it('gives the engine’s answer over --from … --to, and a different one than all time', async () => {
    const period = { from, to };
    // the CLI reads the same workspace the test store holds open: DuckDB allows one
    // process per file, and this is one process
    expect(await json('analyze', 'dfg', '--json', '--from', from, '--to', to)).toEqual(
      JSON.parse(JSON.stringify(await dfg(store, { period }))),
    );
    expect(await json('analyze', 'variants', '--json', '--from', from, '--to', to)).toEqual(
      JSON.parse(JSON.stringify(await variants(store, { period }))),
    );
    expect(await json('analyze', 'dfg', '--json', '--from', from, '--to', to)).not.toEqual(
      await json('analyze', 'dfg', '--json'),
    );
  });

  it('takes the period of paths as --since … --until, --from being the event its flows start at', async () => {
    const map = shopMap();
    const period = { from, to };
    expect(
      await json(
        'analyze',
        'paths',
        '--json',
        '--map',
        'shop.json',
        '--by',
        'touchpoint',
        '--since',
        from,
        '--until',
        to,
      ),
    ).toEqual(JSON.parse(JSON.stringify(await topPaths(store, { by: 'touchpoint', map, period }))));
  });

  it('says the period over the table', async () => {
    const shown = await cjm(dir, 'analyze', 'dfg', '--from', '2026-01-01', '--to', '2026-02-01');
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[0]).toBe('period: 2026-01-01 … 2026-02-01 (not included)');
    const ru = await cjm(
      dir,
      '--lang',
      'ru',
      'analyze',
      'funnel',
      '--map',
      'shop.json',
      '--from',
      '2026-01-01',
    );
    expect(ru.stdout.split('\n')[0]).toBe('период: начиная с 2026-01-01');
    const zh = await cjm(dir, '--lang', 'zh', 'analyze', 'dwell', '--to', '2026-02-01');
    expect(zh.stdout.split('\n')[0]).toBe('时间范围：2026-02-01 之前');
    expect((await cjm(dir, 'analyze', 'dfg')).stdout).not.toContain('period');
  });

  it('names the option of a bad bound, and refuses a reversed period, in the user’s language', async () => {
    const bad = await cjm(dir, 'analyze', 'dfg', '--from', '31.01.2026');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--from 31.01.2026: expected an ISO 8601 date or date-time');
    const badTo = await cjm(
      dir,
      '--lang',
      'ru',
      'analyze',
      'funnel',
      '--map',
      'shop.json',
      '--to',
      '2026-02-30',
    );
    expect(badTo.stderr).toContain('--to 2026-02-30: ожидается дата или дата и время ISO 8601');
    const reversed = await cjm(dir, 'analyze', 'paths', '--since', '2026-02-01', '--until', '2026-01-01');
    expect(reversed.stderr).toContain('--since must be before --until');
  });
});
