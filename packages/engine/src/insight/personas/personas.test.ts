import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStory } from '../../analytics/story.ts';
import { type DuckDbStore, openDuckDbStore } from '../../store/duckdb.ts';
import { PERSONA_STORY } from '../stories/persona-story.ts';
import { insightMap } from '../stories/survey-story.ts';
import { ageBand } from './persona-draft.ts';
import { discoverPersonas, type PersonasResult } from './personas.ts';

let store: DuckDbStore;
let result: PersonasResult;
beforeAll(async () => {
  store = await openDuckDbStore(':memory:');
  await insertStory(store, PERSONA_STORY, []);
  result = await discoverPersonas(store, { map: insightMap() });
});
afterAll(() => store.close());

/** The story's group of a customer id: app, web or mail. */
const group = (id: string) => id.replace(/^customer_id:/, '').replace(/\d+$/, '');

describe('personas of the shop', () => {
  it('recovers the three groups, k chosen by silhouette', () => {
    expect(result.customers).toBe(24);
    expect(result.k).toBe(3);
    expect(result.silhouettes.map((s) => s.k)).toEqual([2, 3, 4, 5, 6]);
    const best = Math.max(...result.silhouettes.map((s) => s.silhouette));
    expect(result.silhouettes.find((s) => s.k === 3)?.silhouette).toBe(best);
    expect(result.clusters.map((c) => [c.cluster, c.size])).toEqual([
      [1, 10],
      [2, 8],
      [3, 6],
    ]);
    expect(result.features).toEqual(
      expect.arrayContaining(['events', 'channel:mobile-app', 'age', 'region=south']),
    );
  });

  it('describes each cluster: conversion, channels, typical attributes and what sets it apart', () => {
    const [app, web, mail] = result.clusters;
    // students: nobody buys or reaches loyalty; all their events are in the app; median age 21
    expect(app).toMatchObject({
      converted: { customers: 0, rate: 0 },
      reachedLastStage: { customers: 0 },
      channels: [{ channel: 'mobile-app', share: 1 }],
      attributes: { age: 21, region: 'south', device: 'mobile' },
    });
    // office buyers all buy; ages 36–43 → median 39.5
    expect(web).toMatchObject({
      converted: { customers: 8, rate: 1 },
      attributes: { age: 39.5, region: 'north' },
    });
    expect(web?.channels).toEqual([{ channel: 'website', share: 1 }]);
    // newsletter readers: two e-mails and one page each
    expect(mail?.channels.map((c) => [c.channel, c.share])).toEqual([
      ['email', 2 / 3],
      ['website', 1 / 3],
    ]);
    // region = south: 100% of the cluster against 10 of 24 → (1 − 10/24) / √(10/24 · 14/24)
    const south = app?.distinguishing.find((f) => f.feature === 'region=south');
    expect(south?.z).toBeCloseTo((1 - 10 / 24) / Math.sqrt((10 / 24) * (14 / 24)), 12);
    expect(south?.text).toBe('region = south: 100% of customers (overall 42%)');
    expect(app?.distinguishing.length).toBeGreaterThan(0);
  });

  it('drafts a persona per cluster in the requested language', async () => {
    expect(result.clusters.map((c) => c.persona.name)).toEqual([
      'Cluster 1: Mobile app, 18–24',
      'Cluster 2: Website, 35–44',
      'Cluster 3: Email campaigns, 65+',
    ]);
    expect(result.clusters[0]?.persona).toMatchObject({
      id: 'persona-cluster-1',
      source: 'data',
      demographics: { age: '18–24', location: 'south' },
      channels: ['mobile-app'],
    });
    const ru = await discoverPersonas(store, { map: insightMap(), language: 'ru', k: 3 });
    expect(ru.clusters[0]?.persona.name).toBe('Кластер 1: Мобильное приложение, 18–24');
    const zh = await discoverPersonas(store, { language: 'zh', k: 3 });
    expect(zh.clusters[2]?.persona.name).toBe('群组 3：电子邮件活动，65+');
  });

  it('gives the same clusters for the same seed', async () => {
    const again = await discoverPersonas(store, { map: insightMap() });
    expect(again.clusters.map((c) => c.size)).toEqual(result.clusters.map((c) => c.size));
    expect(again.silhouettes).toEqual(result.silhouettes);
  });

  it('bands ages as reports do', () => {
    expect([17, 18, 24, 24.5, 25, 39.5, 64, 65].map(ageBand)).toEqual([
      '<18',
      '18–24',
      '18–24',
      '18–24',
      '25–34',
      '35–44',
      '55–64',
      '65+',
    ]);
  });
});

describe('membership', () => {
  it('puts every customer of a story group in one cluster, and nobody else', async () => {
    const listed = await discoverPersonas(store, { map: insightMap(), members: true });
    expect(listed.clusters.map((c) => [...new Set(c.members?.map(group))])).toEqual([
      ['app'],
      ['web'],
      ['mail'],
    ]);
    expect(result.clusters[0]?.members).toBeUndefined();
  });
});
