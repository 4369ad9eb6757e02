import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertStory, openDuckDbStore, shopMap } from '@opencjm/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjm, tempDir } from '../../test-helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  const store = await openDuckDbStore(join(dir, '.opencjm'));
  await insertStory(store);
  store.close();
  writeFileSync(join(dir, 'shop.json'), JSON.stringify(shopMap()));
});

describe('cjm analyze', () => {
  it('prints a funnel as an aligned table, and as JSON', async () => {
    const shown = await cjm(
      dir,
      'analyze',
      'funnel',
      '--steps',
      'page_view,add_to_cart,purchase',
      '--window',
      '7d',
      '--details',
    );
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    const lines = shown.stdout.split('\n');
    expect(lines[0]).toBe('window 7d');
    expect(lines[1]).toBe('1 of 4 customers who entered reached the last step (25.0%)');
    expect(lines[2]).toMatch(/^Step +Customers +Conversion +95% CI +Drop-off +Median time +P90 time$/);
    expect(lines[4]).toMatch(/^1\. page_view +4 +100\.0% +51\.0%–100\.0% +0 +— +—$/);
    expect(lines[5]).toMatch(/^2\. add_to_cart +3 +75\.0% +30\.1%–95\.4% +1 +2m 00s +6m 48s$/);
    const header = lines[2] ?? '';
    expect(lines[4]?.indexOf('4')).toBe(header.indexOf('Customers') + 'Customers'.length - 1);
    const plain = await cjm(dir, 'analyze', 'funnel', '--steps', 'page_view,add_to_cart,purchase');
    expect(plain.stdout.split('\n')[2]).toMatch(
      /^Step +Customers +Conversion +Drop-off +Median time +P90 time$/,
    );
    const json = await cjm(dir, 'analyze', 'funnel', '--steps', 'page_view,add_to_cart,purchase', '--json');
    const result = JSON.parse(json.stdout);
    expect(result.steps.map((s: { customers: number }) => s.customers)).toEqual([4, 3, 1]);
    expect(result.steps[1]).toMatchObject({
      name: 'add_to_cart',
      conversion: 0.75,
      medianSecondsToConvert: 120,
    });
  });

  it('runs every kind through the map', async () => {
    const run = (...args: string[]) => cjm(dir, 'analyze', ...args, '--map', 'shop.json', '--json');
    const stages = JSON.parse((await run('funnel', '--window', '30d')).stdout);
    expect(stages.steps.map((s: { id: string }) => s.id)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'service',
      'loyalty',
    ]);
    const graph = JSON.parse((await run('dfg', '--by', 'stage')).stdout);
    expect(graph.start).toEqual({ awareness: 3, consideration: 1 });
    const found = JSON.parse((await run('variants', '--by', 'touchpoint', '--limit', '2')).stdout);
    expect(found).toMatchObject({ total: 4, distinct: 4 });
    const paths = JSON.parse((await run('paths', '--from', 'tp-cart', '--by', 'touchpoint')).stdout);
    expect(paths.customers).toBe(3);
    const stay = JSON.parse((await run('dwell')).stdout);
    expect(stay.rows.find((r: { name: string }) => r.name === 'tp-catalog')).toMatchObject({
      medianSeconds: 180,
    });
    const before = JSON.parse((await run('outcomes', '--outcome', 'purchase', '--within', '30d')).stdout);
    expect(before).toMatchObject({ converted: 2, notConverted: 2, test: 'fisher-exact-two-sided' });
    const anna = JSON.parse((await run('timeline', 'email:anna@example.com')).stdout);
    expect(anna.identifiers).toHaveLength(3);
    const unmatched = JSON.parse((await run('unmatched')).stdout);
    expect(unmatched.unmatchedEvents[0]).toEqual({ event: 'chat_message', channel: 'chat', count: 2 });
  });

  it('prints readable tables for paths, dfg, dwell, outcomes, timeline and unmatched', async () => {
    const out = async (...args: string[]) => (await cjm(dir, 'analyze', ...args)).stdout;
    expect(await out('paths', '--limit', '2')).toMatch(/\(other: 2 paths\)/);
    expect(await out('dfg')).toMatch(/^start: ad_click 2, email_open 1, page_view 1$/m);
    expect(await out('dwell', '--map', 'shop.json')).toMatch(
      /^tp-catalog +5 +4 +3m 00s +6m 48s +1 +20\.0% +1$/m,
    );
    expect(await out('outcomes', '--outcome', 'purchase', '--details')).toMatch(
      /^ad_click +2 +0 +100\.0% +0\.0% +— +0\.333$[\s\S]*two-sided Fisher exact test/m,
    );
    expect(await out('outcomes', '--outcome', 'purchase')).toMatch(
      /^ad_click +2 +0 +100\.0% +0\.0% +— +no clear difference$/m,
    );
    const anna = await out('timeline', 'anna');
    // the channel by its catalogue name; the review's survey score beside its text
    expect(anna).toMatch(/^2026-03-03T17:10:00\.000Z +purchase +Website +user_id:1001 +value 1,500$/m);
    expect(anna).toMatch(
      /^2026-03-10T09:00:00\.000Z +review +reviews +email:anna@example\.com +.* score 5$/m,
    );
    expect(await out('unmatched', '--map', 'shop.json')).toMatch(/^3 of 21 events match no touchpoint$/m);
  });

  it('names a missing workspace, a missing map, an unknown customer and a bad option', async () => {
    const none = await cjm(tempDir(), 'analyze', 'dfg');
    expect(none).toMatchObject({ code: 1 });
    expect(none.stderr).toMatch(/no event store in \.opencjm/);
    expect((await cjm(dir, 'analyze', 'unmatched')).stderr).toMatch(/needs --map FILE/);
    expect((await cjm(dir, 'analyze', 'dfg', '--by', 'stage')).stderr).toMatch(/needs a map/);
    expect((await cjm(dir, 'analyze', 'timeline', 'nobody')).stderr).toMatch(
      /no customer or identifier "nobody"/,
    );
    const bad = await cjm(dir, 'analyze', 'funnel', '--steps', 'a', '--window', 'soon');
    expect(bad.stderr).toMatch(/"soon" is not a duration/);
    expect((await cjm(dir, 'analyze', 'dfg', '--by', 'nope')).code).not.toBe(0);
  });
});
