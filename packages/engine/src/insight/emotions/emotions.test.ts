import { applyOperations } from '@opencjm/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStory, type StoryEvent } from '../../analytics/story.ts';
import { type DuckDbStore, openDuckDbStore } from '../../store/duckdb.ts';
import type { TextScorer } from '../scorer.ts';
import { insightMap } from '../stories/survey-story.ts';
import { emotionOperations } from './curve-operations.ts';
import { emotions } from './emotions.ts';

/**
 * After delivery: Anna and Chen review "great laptop", Boris "ok"; Egor gives NPS 10 about
 * the reviews page (properties.touchpoint tp-review → loyalty); Dana rates loyalty CSAT 2;
 * Fatima's support ticket says "card payment fails"; Gleb finds service easy (CES 1).
 */
const AFTER_DELIVERY: StoryEvent[] = [
  { who: 'customer_id:anna', at: '2026-03-20T10:00:00Z', event: 'review', text: 'great laptop' },
  { who: 'customer_id:boris', at: '2026-03-20T10:00:00Z', event: 'review', text: 'ok' },
  { who: 'customer_id:chen', at: '2026-03-20T10:00:00Z', event: 'review', text: 'great laptop' },
  {
    who: 'customer_id:egor',
    at: '2026-03-20T10:00:00Z',
    event: 'survey_response',
    score: 10,
    properties: { question: 'nps', touchpoint: 'tp-review' },
  },
  {
    who: 'customer_id:dana',
    at: '2026-03-20T10:00:00Z',
    event: 'survey_response',
    score: 2,
    properties: { question: 'csat', stage: 'loyalty' },
  },
  {
    who: 'customer_id:fatima',
    at: '2026-03-20T10:00:00Z',
    event: 'support_ticket',
    text: 'card payment fails',
    properties: { topic: 'payment' },
  },
  {
    who: 'customer_id:gleb',
    at: '2026-03-20T10:00:00Z',
    event: 'ces',
    score: 1,
    properties: { stage: 'service' },
  },
];

/** A fake sentiment model: "great" +1, "fails" −1, anything else neutral; counts its calls. */
function fakeScorer(): TextScorer & { seen: string[] } {
  const seen: string[] = [];
  const scorer = (texts: readonly string[]) => {
    seen.push(...texts);
    return texts.map((t) => (t.includes('great') ? 1 : t.includes('fails') ? -1 : 0));
  };
  return Object.assign(scorer, { seen });
}

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store, AFTER_DELIVERY, []);
});
afterEach(() => store.close());

describe('emotion curve after delivery', () => {
  it('pools texts (×2) and answers on −2…+2 per stage, with n and a t interval', async () => {
    const scorer = fakeScorer();
    const curve = await emotions(store, { map: insightMap(), scorer });
    expect(scorer.seen.sort()).toEqual(['card payment fails', 'great laptop', 'ok']);
    const loyalty = curve.byStage.find((p) => p.name === 'loyalty');
    // texts 2, 0, 2; NPS 10 → (10 − 5)/2.5 = 2; CSAT 2 → 2 − 3 = −1: mean 5/5 = 1
    expect(loyalty).toMatchObject({ score: 1, n: 5, texts: { n: 3 }, answers: { n: 2, mean: 0.5 } });
    expect(loyalty?.texts.mean).toBeCloseTo(4 / 3, 12);
    // deviations 1, −1, 1, 1, −2 → s² = 8/4 = 2; t(0.975, 4) = 2.776445
    expect(loyalty?.ci?.[0]).toBeCloseTo(1 - 2.7764451051977987 * Math.sqrt(2 / 5), 6);
    expect(loyalty?.ci?.[1]).toBe(2);
    // ticket −1 → −2; CES 1 → (4 − 1)·2/3 = +2
    expect(curve.byStage.find((p) => p.name === 'service')).toMatchObject({ score: 0, n: 2 });
    expect(curve.byStage.map((p) => [p.name, p.n])).toEqual([
      ['awareness', 0],
      ['consideration', 0],
      ['purchase', 0],
      ['service', 2],
      ['loyalty', 5],
    ]);
    // the reviews page: three reviews and Egor's NPS (Dana's CSAT names only a stage)
    expect(curve.byTouchpoint.find((p) => p.name === 'tp-review')).toMatchObject({ score: 1.5, n: 4 });
    expect(curve.overall).toMatchObject({ n: 7 });
    expect(curve.overall.score).toBeCloseTo(5 / 7, 12);
  });

  it('uses survey answers alone without a scorer', async () => {
    const curve = await emotions(store, { map: insightMap() });
    expect(curve.byStage.find((p) => p.name === 'loyalty')).toMatchObject({
      score: 0.5,
      n: 2,
      texts: { n: 0 },
    });
  });

  it('puts the curve on the map through setEmotion operations', async () => {
    const map = insightMap();
    const curve = await emotions(store, { map, scorer: fakeScorer() });
    const next = applyOperations(map, emotionOperations(map, curve));
    expect(next.emotions.map((e) => [e.stage, e.score])).toEqual([
      ['service', 0],
      ['loyalty', 1],
    ]);
    expect(next.emotions[1]?.note).toMatch(/^n = 5; 95% CI -0\.76…2\.00$/);
  });
});
