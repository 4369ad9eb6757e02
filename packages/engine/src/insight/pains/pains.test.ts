import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStory } from '../../analytics/story.ts';
import { fisherExact } from '../../stats/fisher.ts';
import { type DuckDbStore, openDuckDbStore } from '../../store/duckdb.ts';
import { discoverPersonas } from '../personas/personas.ts';
import { checkoutMap, PAIN_STORY } from '../stories/pain-story.ts';
import { acceptPain, painOperations } from './accept.ts';
import { detectPains, type PainsResult } from './detect.ts';

/** A fake sentiment model: "fails" −1, "great" +1, anything else neutral. */
const scorer = (texts: readonly string[]) =>
  texts.map((t) => (t.includes('fails') ? -1 : t.includes('great') ? 1 : 0));

let store: DuckDbStore;
let result: PainsResult;
beforeAll(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store, PAIN_STORY, []);
  result = await detectPains(store, { map: checkoutMap(), scorer });
});
afterAll(() => store.close());

const h = (rate: number, baseline: number) =>
  2 * Math.asin(Math.sqrt(rate)) - 2 * Math.asin(Math.sqrt(baseline));

describe('pain points of the checkout that loses people', () => {
  it('ranks the findings by severity = h × √reach', () => {
    expect(result.customers).toBe(30);
    expect(result.findings.map((f) => [f.kind, f.touchpoint ?? f.stage])).toEqual([
      ['low-csat', 'tp-checkout'], // h(1, 1/5) · √(20/30) = 1.81
      ['negative-sentiment', 'tp-help'], // h(1, 0) · √(6/30) = 1.40
      ['long-dwell-exit', 'tp-checkout'], // h(1/2, 0) · √(20/30) = 1.28
      ['drop-off', 'pay'], // h(1/2, 1/6) · √(20/30) = 0.60
    ]);
    const reach = Math.sqrt(20 / 30);
    const help = Math.sqrt(6 / 30);
    const severities = [h(1, 1 / 5) * reach, h(1, 0) * help, h(0.5, 0) * reach, h(0.5, 1 / 6) * reach];
    expect(result.findings.map((f) => f.severity)).toEqual(severities.map((x) => expect.closeTo(x, 9)));
  });

  it('states the evidence of each finding', () => {
    const [csat, sentiment, stuck, dropOff] = result.findings;
    // CSAT at checkout 2, 2, 1, 3, 2, 1 → 6 of 6 are 1–3; at payment 5, 4, 5, 5, 3 → 1 of 5.
    // Fisher: of C(11, 6) = 462 tables, only the observed one (7 ways) is as unlikely
    expect(csat).toMatchObject({
      stage: 'pay',
      n: 6,
      count: 6,
      rate: 1,
      baseline: 0.2,
      baselineN: 5,
      customers: 20,
    });
    expect(csat?.pValue).toBeCloseTo(7 / 462, 12);
    // six "card payment fails" in the help chat against ten "great laptop" reviews: 1 / C(16, 6)
    expect(sentiment).toMatchObject({ n: 6, count: 6, baseline: 0, meanScore: -1, customers: 6 });
    expect(sentiment?.pValue).toBeCloseTo(1 / 8008, 12);
    // Visit times: the ad 2 min (30 customers), the catalog 3 min (20), a smooth checkout 3 min
    // (10), k's checkout 5 → 25 min then the chat at 27 (22 min, k01–k06) or nothing (20 min,
    // k07–k10): p90 of the positive times = 20 min. All ten k's leave there, never reaching
    // "enjoy"; nobody else stays that long (other touchpoints: ad 30 + catalog 30 + payment 10 +
    // help 6 + review 10 customers).
    expect(stuck).toMatchObject({ n: 20, count: 10, rate: 0.5, baselineN: 86, baselineCount: 0 });
    expect(stuck).toMatchObject({ thresholdSeconds: 1200 });
    expect(stuck?.pValue).toBe(fisherExact(10, 10, 0, 86));
    // k's three checkout steps are one visit (nothing between them), so no loop
    expect(result.findings.some((f) => f.kind === 'loop')).toBe(false);
    // 20 reached pay, 10 never reached enjoy; other transitions: 0 of 30 and 10 of 30
    expect(dropOff).toMatchObject({ n: 20, count: 10, baselineN: 60, baselineCount: 10, nextStage: 'enjoy' });
    expect(dropOff?.pValue).toBe(fisherExact(10, 10, 10, 50));
    expect(dropOff?.ci[0]).toBeGreaterThan(0.27);
  });

  it('leaves out what is not above the others, and stage findings their touchpoints explain', () => {
    // choose → pay: 10 of 30 against 10 of 50 is not significant
    expect(fisherExact(10, 20, 10, 40)).toBeGreaterThan(0.05);
    expect(result.findings.some((f) => f.kind === 'drop-off' && f.stage === 'choose')).toBe(false);
    expect(result.findings.some((f) => f.kind === 'negative-sentiment' && f.touchpoint === null)).toBe(false);
    expect(result.findings.some((f) => f.kind === 'stage-return')).toBe(false);
  });

  it('proposes pain cards in the map language that the map accepts', async () => {
    const [csat, , stuck] = result.findings;
    expect(csat?.card).toEqual({
      id: 'pain-low-csat-tp-checkout',
      lane: 'pains',
      stage: 'pay',
      touchpoint: 'tp-checkout',
      text: '100% of CSAT answers about “Checkout” are 1–3 (elsewhere: 20%; n = 6, p = 0.015).',
      evidence: 'observed',
      sources: [{ title: 'OpenCJM: CSAT answers, Fisher exact test', kind: 'quantitative' }],
    });
    expect(stuck?.card?.text).toMatch(
      /^50% of customers at “Checkout” spent 20 min or more there and then left/,
    );
    const map = acceptPain(checkoutMap(), csat?.card ?? expect.fail('no card'));
    expect(map.cards).toEqual([csat?.card]);
    // accepted again (say, by a second editor): the id is taken, so the card gets the next c<n>
    expect(acceptPain(map, csat?.card ?? expect.fail('no card')).cards.map((c) => c.id)).toEqual([
      'pain-low-csat-tp-checkout',
      'c1',
    ]);
    expect(painOperations(checkoutMap(), csat?.card ?? expect.fail('no card')).map((o) => o.op)).toEqual([
      'addCard',
    ]);
    const ru = await detectPains(store, { map: { ...checkoutMap('ru'), lanes: [] }, scorer, language: 'ru' });
    const card = ru.findings.find((f) => f.kind === 'drop-off')?.card;
    expect(card?.text).toBe(
      `50% клиентов, дошедших до этапа «Pay», не перешли к «Enjoy» (на других этапах: 17%; n = 20, p ${dropOffP()}).`,
    );
    const accepted = acceptPain({ ...checkoutMap('ru'), lanes: [] }, card ?? expect.fail('no card'));
    expect(accepted.lanes).toEqual([{ id: 'pains', type: 'pains', title: 'Боли' }]);
    expect(accepted.cards[0]).toMatchObject({ lane: 'pains', stage: 'pay', evidence: 'observed' });
  });

  it('finds no sentiment pains without a scorer', async () => {
    const plain = await detectPains(store, { map: checkoutMap() });
    expect(plain.sentiment).toBe(false);
    expect(plain.findings.map((f) => f.kind)).not.toContain('negative-sentiment');
  });
});

describe('returns to an earlier stage', () => {
  it('flags the stage customers come back to', async () => {
    // twelve customers: ad, catalog, checkout; six of them go back to the catalog afterwards
    const events = Array.from({ length: 12 }, (_, i) => {
      const at = (m: number) => new Date(Date.UTC(2026, 3, 2, i, m)).toISOString();
      const who = `customer_id:r${i}`;
      const back = i < 6 ? [{ who, at: at(9), event: 'page_view' }] : [];
      return [
        { who, at: at(0), event: 'ad_click' },
        { who, at: at(3), event: 'page_view' },
        { who, at: at(6), event: 'checkout_step' },
        ...back,
      ];
    }).flat();
    const own = await openDuckDbStore(':memory:');
    await insertStory(own, events, []);
    const found = await detectPains(own, { map: checkoutMap() });
    own.close();
    // choose: 6 of 12 came back; discover and pay: 0 of 24
    expect(found.findings.find((f) => f.kind === 'stage-return')).toMatchObject({
      stage: 'choose',
      n: 12,
      count: 6,
      baselineN: 24,
      baselineCount: 0,
      pValue: fisherExact(6, 6, 0, 24),
    });
  });

  it('does not count a return days later, in another session', async () => {
    const events = Array.from({ length: 12 }, (_, i) => {
      const at = (day: number, m: number) => new Date(Date.UTC(2026, 3, 2 + day, i, m)).toISOString();
      const who = `customer_id:r${i}`;
      const back = i < 6 ? [{ who, at: at(3, 0), event: 'page_view' }] : [];
      return [
        { who, at: at(0, 0), event: 'ad_click' },
        { who, at: at(0, 3), event: 'page_view' },
        { who, at: at(0, 6), event: 'checkout_step' },
        ...back,
      ];
    }).flat();
    const own = await openDuckDbStore(':memory:');
    await insertStory(own, events, []);
    const found = await detectPains(own, { map: checkoutMap() });
    own.close();
    expect(found.findings.some((f) => f.kind === 'stage-return')).toBe(false);
  });

  it('finds the step customers re-enter again and again, against the other steps of its stage', async () => {
    // p0–p3 fail the checkout twice and come back to it each time via the help chat (three
    // visits of tp-checkout in one session); p4–p9 check out once; all ten pay.
    const events = Array.from({ length: 10 }, (_, i) => {
      const at = (m: number) => new Date(Date.UTC(2026, 3, 2, i, m)).toISOString();
      const who = `customer_id:p${i}`;
      const ev = (m: number, event: string) => ({ who, at: at(m), event });
      const retries =
        i < 4
          ? [ev(7, 'chat_message'), ev(8, 'checkout_step'), ev(9, 'chat_message'), ev(10, 'checkout_step')]
          : [];
      return [ev(0, 'ad_click'), ev(3, 'page_view'), ev(6, 'checkout_step'), ...retries, ev(12, 'purchase')];
    }).flat();
    const own = await openDuckDbStore(':memory:');
    await insertStory(own, events, []);
    const found = await detectPains(own, { map: checkoutMap() });
    own.close();
    // tp-checkout: 4 of 10 came three times; the other touchpoints of "pay": tp-paid 0 of 10 and
    // tp-help 0 of 4 (two visits each, below the three that make a loop)
    expect(found.findings.find((f) => f.kind === 'loop')).toMatchObject({
      touchpoint: 'tp-checkout',
      n: 10,
      count: 4,
      baselineN: 14,
      baselineCount: 0,
      repeats: 3,
      pValue: fisherExact(4, 6, 0, 14),
    });
    expect(found.findings.filter((f) => f.kind === 'loop')).toHaveLength(1);
  });
});

describe('an empty workspace', () => {
  it('has no pain points and no personas, and fails on neither', async () => {
    const empty = await openDuckDbStore(':memory:');
    const found = await detectPains(empty, { map: checkoutMap(), scorer });
    const personas = await discoverPersonas(empty, { map: checkoutMap() });
    empty.close();
    expect(found).toMatchObject({ customers: 0, findings: [] });
    expect(personas).toMatchObject({ customers: 0, k: 0, clusters: [] });
  });
});

function dropOffP(): string {
  const p = fisherExact(10, 10, 10, 50);
  return p < 0.001 ? '< 0.001' : `= ${p.toPrecision(2)}`;
}
