import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStory, type StoryEvent } from '../../analytics/story.ts';
import type { BindingMap } from '../../binding/bound-events.ts';
import { type DuckDbStore, openDuckDbStore } from '../../store/duckdb.ts';
import { emotions } from '../emotions/emotions.ts';
import { sentimentScorer } from '../scorer.ts';
import { feedbackSentiment } from './sentiment-summary.ts';
import { feedbackThemes } from './themes.ts';

/** A delivery map: customers review their order; delivery and the courier are touchpoints. */
const MAP: BindingMap = {
  stages: [{ id: 'receive', name: 'Получение' }],
  touchpoints: [
    {
      id: 'tp-review',
      name: 'Отзыв о заказе',
      channel: 'website',
      kind: 'online',
      source: 'quantitative',
      stage: 'receive',
      match: { event: 'review' },
    },
    {
      id: 'tp-delivery',
      name: 'Доставка',
      channel: 'website',
      kind: 'offline',
      source: 'quantitative',
      stage: 'receive',
      match: { event: 'delivered' },
    },
    {
      id: 'tp-courier',
      name: 'Курьер',
      channel: 'website',
      kind: 'offline',
      source: 'quantitative',
      stage: 'receive',
      match: { event: 'courier_rated' },
    },
  ],
};

/** Three reviews praise the delivery's speed and complain of the courier, in one text each. */
const REVIEWS: readonly StoryEvent[] = [
  'Доставка быстрая, но курьер грубил',
  'Доставка очень быстрая, но курьер грубил и опоздал',
  'Delivery was fast, but the courier was rude',
].map((text, i) => ({ who: `customer_id:c${i}`, at: `2026-03-01T10:0${i}:00Z`, event: 'review', text }));

let store: DuckDbStore;
beforeAll(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store, REVIEWS, []);
});
afterAll(() => store.close());

describe('texts about several touchpoints on the map', () => {
  it('count at each touchpoint they speak of, with the sentiment of their part about it', async () => {
    const result = await feedbackSentiment(store, { map: MAP });
    const at = (name: string) => result.byTouchpoint.find((p) => p.name === name);
    expect(at('tp-delivery')).toMatchObject({ n: 3, positive: 3, negative: 0 });
    expect(at('tp-courier')).toMatchObject({ n: 3, positive: 0, negative: 3 });
    // The review form keeps the whole texts; the overall tally counts each text once.
    expect(at('tp-review')?.n).toBe(3);
    expect(result.overall.n).toBe(3);
  });

  it('give each touchpoint the themes of its own part', async () => {
    const { groups } = await feedbackThemes(store, { map: MAP, by: 'touchpoint' });
    const group = (key: string) => groups.find((g) => g.key === key);
    expect(group('tp-courier')?.negative.map((t) => t.phrase)).toContain('курьер грубил');
    expect(group('tp-courier')?.positive).toEqual([]);
    expect(group('tp-delivery')?.positive.map((t) => t.phrase)).toContain('доставка быстрая');
  });

  it('bend the emotion curve of each touchpoint their own way', async () => {
    const curve = await emotions(store, { map: MAP, scorer: sentimentScorer });
    const score = (id: string) => curve.byTouchpoint.find((t) => t.name === id)?.texts.mean ?? 0;
    expect(score('tp-delivery')).toBeGreaterThan(0);
    expect(score('tp-courier')).toBeLessThan(0);
  });
});
