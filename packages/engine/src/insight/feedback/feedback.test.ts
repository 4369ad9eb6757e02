import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStory, type StoryEvent } from '../../analytics/story.ts';
import { type DuckDbStore, openDuckDbStore } from '../../store/duckdb.ts';
import { checkoutMap } from '../stories/pain-story.ts';
import { feedbackSentiment } from './sentiment-summary.ts';
import { feedbackThemes } from './themes.ts';

/**
 * Five customers write about the checkout and the help chat, in three languages: the
 * checkout's card payment fails for three of them (one writes the same complaint twice),
 * the chat is praised twice.
 */
const FEEDBACK: readonly StoryEvent[] = [
  ['c1', 'checkout_step', 'Оплата картой не прошла, очень плохо'],
  ['c1', 'checkout_step', 'Оплата картой не прошла, очень плохо'],
  ['c2', 'checkout_step', 'Card payment failed twice, terrible checkout'],
  ['c3', 'checkout_step', 'Card payment failed again, awful'],
  ['c4', 'chat_message', '客服很好，非常满意'],
  ['c5', 'chat_message', 'The support chat was great and very helpful'],
].map(([who, event, text], i) => ({
  who: `customer_id:${who}`,
  at: `2026-03-01T10:${String(i).padStart(2, '0')}:00Z`,
  event: String(event),
  text: String(text),
}));

let store: DuckDbStore;
beforeAll(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store, FEEDBACK, []);
});
afterAll(() => store.close());

describe('the sentiment of customer texts on the map', () => {
  it('counts every text once per event that wrote it, per stage and touchpoint', async () => {
    const result = await feedbackSentiment(store, { map: checkoutMap() });
    expect(result.overall).toMatchObject({ n: 6, negative: 4, positive: 2, neutral: 0 });
    expect(result.byTouchpoint.map((p) => [p.name, p.n, p.negative, p.positive])).toEqual([
      ['tp-checkout', 4, 4, 0],
      ['tp-help', 2, 0, 2],
    ]);
    // Both touchpoints belong to the stage "pay".
    expect(result.byStage).toEqual([expect.objectContaining({ name: 'pay', n: 6 })]);
    const checkout = result.byTouchpoint[0];
    expect(checkout?.mean).toBeLessThan(-0.3);
  });

  it('reads texts without a map as one overall tally', async () => {
    const result = await feedbackSentiment(store);
    expect(result.overall.n).toBe(6);
    expect(result.byTouchpoint).toEqual([]);
  });
});

describe('the themes of customer texts on the map', () => {
  it('finds the complaint shared by the checkout texts, with quotes', async () => {
    const { groups } = await feedbackThemes(store, { map: checkoutMap(), by: 'touchpoint' });
    expect(groups.map((g) => [g.key, g.total])).toEqual([
      ['tp-checkout', 3],
      ['tp-help', 2],
    ]);
    const checkout = groups[0];
    const phrases = checkout?.negative.map((t) => t.phrase.toLowerCase()) ?? [];
    expect(phrases.some((p) => p.includes('card payment'))).toBe(true);
    expect(checkout?.negative[0]?.examples.length).toBeGreaterThan(0);
    expect(checkout?.positive).toEqual([]);
  });
});
