import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dfg } from './dfg.ts';
import { dwell } from './dwell.ts';
import { LETTERS_MAP, randomStory } from './random-story.ts';
import { insertStory } from './story.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
});
afterEach(() => store.close());

describe('process map and dwell of a map read in journey order', () => {
  it('give the answers of the queries that sort each journey, by touchpoint, stage and event', async () => {
    await insertStory(store, randomStory(11, 300, 'ABCDE'), []);
    // a period around every event sends the process map to the query that sorts per customer
    const allTime = { from: '2000-01-01', to: '2100-01-01' };
    for (const by of ['touchpoint', 'stage', 'event'] as const) {
      const streamed = await dfg(store, { by, map: LETTERS_MAP });
      expect(streamed, by).toEqual(await dfg(store, { by, map: LETTERS_MAP, period: allTime }));
      expect(streamed.edges.length, by).toBeGreaterThan(3);
      const dwelled = await dwell(store, { by, map: LETTERS_MAP });
      expect(dwelled, by).toEqual(await dwell(store, { by, map: LETTERS_MAP, period: allTime }));
      expect(dwelled.rows.length, by).toBeGreaterThan(1);
    }
  });
});
