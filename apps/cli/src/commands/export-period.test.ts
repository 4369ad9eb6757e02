import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutMap, insertStory, mapFigures, openDuckDbStore, PAIN_STORY } from '@opencjm/engine';
import { describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../test-helpers.ts';

/** The pain story in a workspace, its map, and the story's first and last days. */
async function workspace() {
  const dir = tempDir();
  const store = await openDuckDbStore(join(dir, '.opencjm'));
  await insertStory(store, PAIN_STORY, []);
  const rows = await store.conn.runAndReadAll(
    `SELECT strftime(min(ts) AT TIME ZONE 'UTC', '%Y-%m-%d') AS first,
      strftime(max(ts) AT TIME ZONE 'UTC', '%Y-%m-%d') AS last FROM events`,
  );
  const span = rows.getRowObjectsJS()[0] as { first: string; last: string };
  const map = checkoutMap();
  writeFileSync(join(dir, 'map.json'), JSON.stringify(map));
  return { dir, store, map, ...span };
}

const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('cjm export --with-data --from … --to', () => {
  it('puts the figures of the period into the export and names the period beside them', async () => {
    const { dir, store, map, first, last } = await workspace();
    // from the story's first day to (not including) its last: the last day's events are left out
    const period = { from: first, to: last };
    const figures = await mapFigures(store, map, '7d', period);
    const whole = await mapFigures(store, map, '7d');
    store.close();
    const stage = map.stages[0]?.id ?? '';
    expect(figures.stages[stage]?.customers).not.toBe(whole.stages[stage]?.customers);

    const args = ['export', 'map.json', '--format', 'md', '--with-data', '--from', first, '--to', last];
    const result = await cjm(dir, ...args, '-o', 'period.md');
    expect(result).toMatchObject({ code: 0, stdout: 'period.md\n' });
    const md = plain(readFileSync(join(dir, 'period.md'), 'utf8'));
    for (const s of map.stages) {
      const customers = figures.stages[s.id]?.customers ?? -1;
      expect(md).toContain(`| ${s.name} | ${customers.toLocaleString('en-US')} |`);
    }
    const through = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000);
    const range = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
      new Date(`${first}T00:00:00Z`),
      through,
    );
    expect(md).toContain(plain(`Period: ${range} · Conversion window: 7 days`));

    await cjm(dir, 'export', 'map.json', '--format', 'md', '--with-data', '-o', 'all.md');
    expect(readFileSync(join(dir, 'all.md'), 'utf8')).toContain('Period: all time');
  });

  it('refuses a period without --with-data, and a bad date naming its option', async () => {
    const { dir, store } = await workspace();
    store.close();
    const alone = await cjm(dir, 'export', 'map.json', '--format', 'md', '--from', '2026-01-01');
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toContain('--from chooses the period of the --with-data figures; add --with-data');
    const bad = await cjm(
      dir,
      '--lang',
      'zh',
      'export',
      'map.json',
      '--format',
      'md',
      '--with-data',
      '--to',
      'May',
    );
    expect(bad.stderr).toContain('--to May: 应为 ISO 8601 日期或日期时间');
  });
});
