import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fisherExact } from '../stats/fisher.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { outcomes } from './outcomes.ts';
import { insertStory, shopMap } from './story.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store);
});
afterEach(() => store.close());

describe('touchpoints before the outcome', () => {
  it('compares converters with the others within the look-back', async () => {
    const result = await outcomes(store, { outcome: 'purchase', within: '30d', map: shopMap() });
    // Anna and Chen buy; Boris and Dana do not
    expect(result).toMatchObject({ converted: 2, notConverted: 2, test: 'fisher-exact-two-sided' });
    const row = (name: string) => result.rows.find((r) => r.name === name);
    // both buyers came from an ad, neither of the others did
    expect(row('tp-ads')).toEqual({
      name: 'tp-ads',
      converted: 2,
      notConverted: 0,
      shareConverted: 1,
      shareNotConverted: 0,
      lift: null,
      pValue: fisherExact(2, 0, 0, 2),
    });
    expect(row('tp-ads')?.pValue).toBeCloseTo(1 / 3, 12);
    // everyone saw the catalogue: lift 1, p = 1
    expect(row('tp-catalog')).toMatchObject({ converted: 2, notConverted: 2, lift: 1, pValue: 1 });
    // Anna's review comes after her purchase, so it is not a touchpoint before it
    expect(row('tp-review')).toBeUndefined();
    expect(row('tp-support')).toMatchObject({ converted: 0, notConverted: 1, lift: 0 });
  });

  it('looks back only as far as asked', async () => {
    // one day: Anna's newsletter visit of March 3 counts, her ad of March 2 does not, and
    // Chen's journey of March 1 is nine days before his purchase
    const result = await outcomes(store, { outcome: 'purchase', within: '1d' });
    const counts = Object.fromEntries(result.rows.map((r) => [r.name, [r.converted, r.notConverted]]));
    // the others are looked at over the day before their last event: Boris's visit, Dana's ticket
    expect(counts).toEqual({
      email_open: [1, 0],
      page_view: [1, 1],
      add_to_cart: [1, 0],
      support_ticket: [0, 1],
    });
    expect(result.rows.find((r) => r.name === 'page_view')).toMatchObject({
      shareConverted: 0.5,
      shareNotConverted: 0.5,
      lift: 1,
    });
  });
});
