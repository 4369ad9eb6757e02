import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStory, shopMap } from '../analytics/story.ts';
import { importFiles } from '../import/import-files.ts';
import { tempDir } from '../import/test-fixtures.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { attribution } from './attribution.ts';
import { AttributionModel, modelCredit } from './models.ts';
import type { PathGroup } from './path-group.ts';

/**
 * Anna sees an ad, opens a newsletter, browses and buys for 300 (then browses again).
 * Boris came from social media in January, browses in March and buys for 100. Chen sees
 * an ad and chats, and never buys. Dana buys without any touch before.
 */
const CSV = [
  'timestamp,customer_id,event,channel,value',
  '2026-01-01T10:00:00Z,boris,post_click,social,',
  '2026-03-01T10:00:00Z,anna,ad_click,ads,',
  '2026-03-02T10:00:00Z,anna,email_open,email,',
  '2026-03-02T11:00:00Z,chen,ad_click,ads,',
  '2026-03-03T09:00:00Z,anna,page_view,website,',
  '2026-03-03T09:30:00Z,anna,purchase,website,300',
  '2026-03-03T12:00:00Z,chen,chat_message,chat,',
  '2026-03-05T10:00:00Z,anna,page_view,website,',
  '2026-03-09T10:00:00Z,boris,page_view,website,',
  '2026-03-10T10:00:00Z,boris,purchase,website,100',
  '2026-03-11T10:00:00Z,dana,purchase,website,20',
].join('\n');

/** The paths the story should give with a 30-day look-back, written out by hand. */
const PATHS_30D: PathGroup[] = [
  { path: ['ads', 'email', 'website'], conversions: 1, nulls: 0, value: 300 },
  { path: ['website'], conversions: 1, nulls: 0, value: 100 },
  { path: ['ads', 'chat'], conversions: 0, nulls: 1, value: 0 },
];

let store: DuckDbStore;
beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, 'touches.csv');
  writeFileSync(file, CSV);
  store = await openDuckDbStore(join(dir, 'ws'));
  expect(await importFiles(store, [file])).toMatchObject({ accepted: 11, quarantined: 0 });
});
afterAll(() => store.close());

describe('attribution from imported events', () => {
  it('credits the paths before the first conversion, within the look-back, by every model', async () => {
    for (const model of AttributionModel.options) {
      const result = await attribution(store, { conversion: 'purchase', model });
      expect(result).toMatchObject({ customers: 4, converted: 3, unattributed: 1, total: 2, revenue: 400 });
      const expected = modelCredit(model, PATHS_30D).credit;
      for (const row of result.channels) {
        expect(row.conversions).toBeCloseTo(expected.get(row.channel)?.conversions ?? -1, 12);
        expect(row.revenue).toBeCloseTo(expected.get(row.channel)?.value ?? -1, 9);
        expect(row.share).toBeCloseTo(row.conversions / 2, 12);
      }
    }
    const last = await attribution(store, { conversion: 'purchase', model: 'last' });
    expect(last.channels[0]).toMatchObject({ channel: 'website', conversions: 2, share: 1, revenue: 400 });
  });

  it('reaches further back with a longer look-back', async () => {
    const result = await attribution(store, { conversion: 'purchase', model: 'first', lookback: '90d' });
    const credit = Object.fromEntries(result.channels.map((c) => [c.channel, c.conversions]));
    expect(credit).toEqual({ ads: 1, social: 1, email: 0, website: 0 });
  });

  it('credits touchpoints through a map', async () => {
    const shop = await openDuckDbStore(':memory:');
    await insertStory(shop);
    const result = await attribution(shop, {
      conversion: 'purchase',
      model: 'linear',
      by: 'touchpoint',
      map: shopMap(),
    });
    expect(result.total).toBe(result.converted);
    expect(result.channels.every((c) => c.channel.startsWith('tp-'))).toBe(true);
    expect(result.channels.reduce((s, c) => s + c.conversions, 0)).toBeCloseTo(result.total, 12);
    await expect(
      attribution(shop, { conversion: 'purchase', model: 'linear', by: 'touchpoint' }),
    ).rejects.toThrow(/grouping by touchpoint needs a map/);
    shop.close();
  });
});
