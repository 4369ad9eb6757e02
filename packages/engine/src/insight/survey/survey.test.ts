import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertStory } from '../../analytics/story.ts';
import { importFiles } from '../../import/import-files.ts';
import { tempDir, writeFixture } from '../../import/test-fixtures.ts';
import { type DuckDbStore, openDuckDbStore } from '../../store/duckdb.ts';
import { insightMap, SURVEY_STORY } from '../stories/survey-story.ts';
import { ces } from './ces.ts';
import { csat } from './csat.ts';
import { nps } from './nps.ts';

let store: DuckDbStore;
beforeEach(async () => {
  store = await openDuckDbStore(':memory:');
});
afterEach(() => store.close());

describe('survey metrics on the spring-sale survey', () => {
  beforeEach(() => insertStory(store, SURVEY_STORY, []));

  it('counts NPS with its trinomial interval, and reports invalid answers apart', async () => {
    const result = await nps(store, { map: insightMap() });
    // promoters Anna 10, Chen 9, Fatima 9; passives Egor 8, Hana 7; detractors Boris 3, Dana 6
    expect(result.overall).toMatchObject({ n: 7, promoters: 3, passives: 2, detractors: 2, invalid: 2 });
    expect(result.overall.nps).toBeCloseTo(100 / 7, 9);
    // p₊ = 3/7, p₋ = 2/7: Var = (5/7 − 1/49) / 7 = 34/343; 1/7 ± 1.959964·√(34/343)
    const half = 1.959963984540054 * Math.sqrt(34 / 343);
    expect(result.overall.ci?.[0]).toBeCloseTo((1 / 7 - half) * 100, 9);
    expect(result.overall.ci?.[1]).toBeCloseTo((1 / 7 + half) * 100, 9);
  });

  it('places answers by their properties, else by the map, and orders stages as the map does', async () => {
    const result = await nps(store, { map: insightMap() });
    expect(result.byStage.map((g) => [g.name, g.nps, g.n, g.invalid])).toEqual([
      ['consideration', -100, 1, 0], // Boris 3
      ['purchase', 75, 4, 1], // 10, 9, 8, 9 → 3 promoters, 1 passive; Gleb's 11 invalid
      ['service', -100, 1, 1], // Dana 6; Ivan without a score
      ['loyalty', 0, 1, 0], // Hana's nps_answer 7, bound by tp-nps
    ]);
    expect(result.byTouchpoint.map((g) => [g.name, g.n])).toEqual([['tp-nps', 1]]);
    // e-mail: 10, 9, 6 → (2 − 1)/3; website: 3, 8, 9 → (1 − 1)/3; widget: Hana's 7
    expect(result.byChannel.map((g) => [g.name, g.nps, g.n])).toEqual([
      ['email', ((2 - 1) / 3) * 100, 3],
      ['website', 0, 3],
      ['widget', 0, 1],
    ]);
    const withoutMap = await nps(store, {});
    expect(withoutMap.byStage.map((g) => g.name)).toEqual(['consideration', 'purchase', 'service']);
  });

  it('breaks down by a customer attribute, taken from the answer or the customer', async () => {
    const result = await nps(store, { by: 'segment' });
    // b2b: Chen 9, Egor 8, Fatima 9 (segment from her CRM update) → (2 − 0)/3; b2c: 10, 3, 6 → (1 − 2)/3
    expect(result.byAttribute?.groups.map((g) => [g.name, g.n, g.nps])).toEqual([
      ['b2b', 3, (2 / 3) * 100],
      ['b2c', 3, (-1 / 3) * 100],
    ]);
  });

  it('refuses an attribute no event carries, listing the ones they do', async () => {
    const error = await nps(store, { by: 'segmnet' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unknown-attribute', params: { attribute: 'segmnet' } });
    expect(String((error as Error).message)).toMatch(/available: .*segment/);
  });

  it('counts CSAT with a Wilson interval and CES with a t interval', async () => {
    const satisfaction = await csat(store, {});
    // 5, 2, 4, 1, 4, 3 → 3 of 6 satisfied; Hana's 0 is out of 1–5
    expect(satisfaction.overall).toMatchObject({ csat: 50, n: 6, satisfied: 3, invalid: 1 });
    // Wilson at p = 1/2: centre 1/2, margin z·√(1/24 + z²/144) / (1 + z²/6)
    const z = 1.959963984540054;
    const margin = (z * Math.sqrt(1 / 24 + (z * z) / 144)) / (1 + (z * z) / 6);
    expect(satisfaction.overall.ci?.[0]).toBeCloseTo((0.5 - margin) * 100, 9);
    expect(satisfaction.byStage.map((g) => [g.name, g.satisfied, g.n])).toEqual([
      ['consideration', 0, 1],
      ['purchase', 2, 3],
      ['service', 1, 2],
    ]);
    const effort = await ces(store, {});
    // 2, 3, 6, 1: mean 3, s² = (1 + 0 + 9 + 4)/3; t(0.975, 3) = 3.182446; process_step does not count
    expect(effort.overall).toMatchObject({ ces: 3, n: 4, invalid: 0 });
    const half = 3.182446305284263 * (Math.sqrt(14 / 3) / 2);
    expect(effort.overall.ci?.[0]).toBe(1); // 3 − 3.44 clipped to the scale
    expect(effort.overall.ci?.[1]).toBeCloseTo(3 + half, 6);
    expect(effort.byChannel).toMatchObject([{ name: 'app', n: 4 }]);
  });
});

describe('an imported survey export', () => {
  it('gives the NPS a hand count gives', async () => {
    const rows = [
      ['anna', 10],
      ['boris', 9],
      ['chen', 9],
      ['dana', 8],
      ['egor', 7],
      ['fatima', 6],
      ['gleb', 5],
      ['hana', 3],
      ['ivan', 10],
      ['jana', 12],
    ].map(([who, score], i) => `2026-03-${10 + i}T08:00:00Z,${who},${score},,purchase,tp-site,nps`);
    const csv = ['timestamp,customer_id,score,comment,stage,touchpoint,question', ...rows].join('\n');
    await importFiles(store, [writeFixture(tempDir(), 'nps.csv', csv)], { preset: 'survey' });
    const result = await nps(store, {});
    // promoters 10, 9, 9, 10 = 4; passives 8, 7 = 2; detractors 6, 5, 3 = 3; 12 is invalid
    expect(result.overall).toMatchObject({ n: 9, promoters: 4, passives: 2, detractors: 3, invalid: 1 });
    expect(result.overall.nps).toBeCloseTo(((4 - 3) / 9) * 100, 9);
    expect(result.byTouchpoint.map((g) => g.name)).toEqual(['tp-site']);
  });

  it('is empty, not failing, without answers', async () => {
    const result = await nps(store, {});
    expect(result.overall).toEqual({
      nps: null,
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      invalid: 0,
      ci: null,
    });
  });
});
