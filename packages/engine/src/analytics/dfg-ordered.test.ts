import type { MatchRule } from '@opencjm/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dfg } from './dfg.ts';
import { insertStory, type StoryEvent } from './story.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
});
afterEach(() => store.close());

const map = {
  stages: ['s1', 's2', 's3'].map((id) => ({ id, name: id })),
  touchpoints: (
    [
      ['a-web', 's1', { event: 'A', channel: 'web' }],
      ['a', 's2', { event: 'A' }],
      ['b-or-c', 's3', { event: ['B', 'C*'] }],
      ['d', 's2', { event: 'D', channel: 'app' }],
    ] satisfies [string, string, MatchRule][]
  ).map(([id, stage, match]) => ({
    id,
    name: id,
    stage,
    match,
    channel: 'web',
    kind: 'online' as const,
    source: 'quantitative' as const,
  })),
};

describe('process map of a map read in journey order', () => {
  it('gives the answer of the query that sorts each journey, by touchpoint, stage and event', async () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const events: StoryEvent[] = [];
    for (let c = 0; c < 300; c++) {
      for (let i = Math.floor(random() * 14); i > 0; i--) {
        const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 60) * 60_000).toISOString();
        const channel = ['web', 'email', 'app', undefined][Math.floor(random() * 4)];
        events.push({
          who: `anonymous_id:c${c}`,
          at,
          event: 'ABCDE'[Math.floor(random() * 5)] as string,
          channel,
        });
      }
    }
    await insertStory(store, events, []);
    // a period around every event sends the process map to the query that sorts per customer
    const allTime = { from: '2000-01-01', to: '2100-01-01' };
    for (const by of ['touchpoint', 'stage', 'event'] as const) {
      const streamed = await dfg(store, { by, map });
      expect(streamed, by).toEqual(await dfg(store, { by, map, period: allTime }));
      expect(streamed.edges.length, by).toBeGreaterThan(3);
    }
  });
});
