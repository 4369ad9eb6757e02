import type { JourneyMap } from '@opencjm/core';
import {
  checkoutMap,
  insertStory,
  insightMap,
  openDuckDbStore,
  PAIN_STORY,
  PERSONA_STORY,
  type StoryEvent,
  SURVEY_STORY,
} from '@opencjm/engine';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, storeMap, tempDir, testApp } from '../test-helpers.ts';

/** A server whose workspace holds one of the engine's named stories, and its map. */
async function storyApp(story: readonly StoryEvent[], map: JourneyMap): Promise<FastifyInstance> {
  const dataDir = tempDir();
  const store = await openDuckDbStore(dataDir);
  await insertStory(store, story, []);
  store.close();
  const app = await testApp({ dataDir });
  await storeMap(app, map);
  return app;
}

type Nps = {
  overall: { nps: number; n: number; promoters: number; invalid: number };
  byStage: { name: string }[];
};
interface Finding {
  kind: string;
  severity: number;
  card: { id: string; lane: string; text: string } | null;
  operations: { op: string }[];
}

describe('survey and feedback routes', () => {
  it('answers NPS per stage, equal to the hand count of the survey story', async () => {
    const map = insightMap();
    const app = await storyApp(SURVEY_STORY, map);
    const { status, body } = await call<Nps>(app, 'GET', `/api/analytics/nps?map=${map.id}`);
    expect(status).toBe(200);
    // 3 promoters, 2 passives, 2 detractors of 7 valid answers; 2 invalid ones left out.
    expect(body.overall).toMatchObject({ n: 7, promoters: 3, invalid: 2 });
    expect(body.overall.nps).toBeCloseTo((100 * (3 - 2)) / 7, 9);
    expect(body.byStage.map((s) => s.name)).toContain('purchase');
    const csat = await call<{ overall: { n: number } }>(app, 'GET', '/api/analytics/csat');
    expect(csat.body.overall.n).toBe(6);
  });

  it('scores the texts and finds their themes', async () => {
    const map = checkoutMap();
    const app = await storyApp(PAIN_STORY, map);
    const sentiment = await call<{ byTouchpoint: { name: string; negative: number }[] }>(
      app,
      'GET',
      `/api/analytics/sentiment?map=${map.id}`,
    );
    expect(sentiment.status).toBe(200);
    expect(sentiment.body.byTouchpoint.find((p) => p.name === 'tp-help')?.negative).toBeGreaterThan(0);
    const themes = await call<{ groups: { key: string }[] }>(
      app,
      'GET',
      `/api/analytics/themes?map=${map.id}`,
    );
    expect(themes.status).toBe(200);
    expect(themes.body.groups.map((g) => g.key)).toContain('tp-help');
  });

  it('answers 404 for a map that does not exist', async () => {
    const app = await testApp();
    expect((await call(app, 'GET', '/api/analytics/nps?map=nope')).status).toBe(404);
    expect((await call(app, 'GET', '/api/maps/nope/pains')).status).toBe(404);
  });
});

describe('pains, emotions and persona suggestions', () => {
  it('ranks pain points, and their operations put the proposed card on the map', async () => {
    const map = checkoutMap();
    const app = await storyApp(PAIN_STORY, map);
    const { status, body } = await call<{ findings: Finding[] }>(app, 'GET', `/api/maps/${map.id}/pains`);
    expect(status).toBe(200);
    expect(body.findings.length).toBeGreaterThan(0);
    const severities = body.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    const [first] = body.findings;
    expect(first?.card?.lane).toBe('pains');
    expect(first?.operations.map((o) => o.op)).toEqual(['addCard']);
    const applied = await call<{ map: JourneyMap }>(app, 'POST', `/api/maps/${map.id}/operations`, {
      version: 1,
      operations: first?.operations,
    });
    expect(applied.status).toBe(200);
    expect(applied.body.map.cards.find((c) => c.id === first?.card?.id)?.text).toBe(first?.card?.text);
  });

  it('gives the data-driven emotion per stage, also on the map metrics', async () => {
    const map = insightMap();
    const app = await storyApp(SURVEY_STORY, map);
    const curve = await call<{ byStage: { name: string; score: number | null; n: number }[] }>(
      app,
      'GET',
      `/api/maps/${map.id}/emotions`,
    );
    expect(curve.status).toBe(200);
    const scored = curve.body.byStage.filter((p) => p.score !== null);
    expect(scored.length).toBeGreaterThan(0);
    const metrics = await call<{ stages: Record<string, { emotion: number | null; emotionN: number }> }>(
      app,
      'GET',
      `/api/maps/${map.id}/metrics?window=30d`,
    );
    for (const point of scored) {
      expect(metrics.body.stages[point.name]).toMatchObject({ emotion: point.score, emotionN: point.n });
    }
  });

  it('suggests personas from customer clusters, drafts with source data', async () => {
    const map = insightMap();
    const app = await storyApp(PERSONA_STORY, map);
    const { status, body } = await call<{ clusters: { size: number; persona: { source: string } }[] }>(
      app,
      'GET',
      `/api/personas/suggestions?map=${map.id}&k=3`,
    );
    expect(status).toBe(200);
    expect(body.clusters).toHaveLength(3);
    expect(body.clusters.every((c) => c.persona.source === 'data')).toBe(true);
    expect((await call(app, 'GET', '/api/personas/suggestions?k=1')).status).toBe(400);
  });
});

describe('survey breakdown by an attribute no event carries', () => {
  it('answers 400 unknown-attribute listing the attributes there are', async () => {
    const app = await testApp({ demo: true });
    const { status, body } = await call<{
      error: { code: string; issues: { params: { available: string } }[] };
    }>(app, 'GET', '/api/analytics/nps?attribute=segmnet');
    expect(status).toBe(400);
    expect(body.error.code).toBe('unknown-attribute');
    expect(body.error.issues[0]?.params.available).toContain('region');
  });
});
