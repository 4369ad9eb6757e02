import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AttributionResult,
  CesResult,
  ComparePeriodsResult,
  CsatResult,
  EmotionsResult,
  ExperimentResult,
  FeedbackSentimentResult,
  FeedbackThemesResult,
  type JourneyMap,
  NpsResult,
  PainsAnswer,
  PersonasResult,
  type VersionedInitiative,
} from '@opencjm/core';
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
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { call, storeMap, tempDir, testApp } from '../test-helpers.ts';

/*
 * The insight, experiment, attribution and comparison answers as the running server sends
 * them, read by the schemas of @opencjm/core: nothing missing, nothing the contract does not
 * name. The answers are also the fixture the web's readers are tested on
 * (apps/web/src/api/insight-answers.fixture.json); `OPENCJM_WRITE_ANSWERS=1` rewrites it
 * from this run (then `npx biome format --write` it).
 */

const FIXTURE = fileURLToPath(new URL('../../../web/src/api/insight-answers.fixture.json', import.meta.url));

/** Each answer of the fixture and the core schema it is. */
const SCHEMAS = {
  nps: NpsResult,
  csat: CsatResult,
  ces: CesResult,
  sentiment: FeedbackSentimentResult,
  themes: FeedbackThemesResult,
  emotions: EmotionsResult,
  pains: PainsAnswer,
  personaSuggestions: PersonasResult,
  experiment: ExperimentResult,
  attribution: AttributionResult,
  compare: ComparePeriodsResult,
} satisfies Record<string, z.ZodType>;
type AnswerName = keyof typeof SCHEMAS;

const answers: Partial<Record<AnswerName, unknown>> = {};

/**
 * Reads `body` with the core schema of `name`, strictly: a zod object drops the keys it
 * does not know, so the parsed copy equals the body only when the server sent no key the
 * contract leaves out (and none is missing, or parsing fails).
 */
function strictly<N extends AnswerName>(name: N, body: unknown): z.infer<(typeof SCHEMAS)[N]> {
  const parsed = SCHEMAS[name].parse(body) as z.infer<(typeof SCHEMAS)[N]>;
  expect(parsed).toEqual(body);
  answers[name] = body;
  return parsed;
}

async function answer(app: FastifyInstance, url: string): Promise<unknown> {
  const { status, body } = await call(app, 'GET', url);
  expect(status, url).toBe(200);
  return body;
}

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

afterAll(() => {
  if (process.env.OPENCJM_WRITE_ANSWERS === '1')
    writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
});

describe('insight answers of the running server, read by the core schemas', () => {
  it('survey metrics and the emotion curve of the survey story', async () => {
    const map = insightMap();
    const app = await storyApp(SURVEY_STORY, map);
    const nps = strictly('nps', await answer(app, `/api/analytics/nps?map=${map.id}&attribute=segment`));
    expect(nps.byAttribute?.groups.map((g) => g.name)).toContain('b2b');
    expect(strictly('csat', await answer(app, `/api/analytics/csat?map=${map.id}`)).overall.n).toBe(6);
    expect(strictly('ces', await answer(app, `/api/analytics/ces?map=${map.id}`)).metric).toBe('ces');
    const curve = strictly('emotions', await answer(app, `/api/maps/${map.id}/emotions`));
    expect(curve.byStage.map((p) => p.name)).toEqual(expect.arrayContaining(map.stages.map((s) => s.id)));
  });

  it('text sentiment, themes and pains of the pain story', async () => {
    const map = checkoutMap();
    const app = await storyApp(PAIN_STORY, map);
    const sentiment = strictly('sentiment', await answer(app, `/api/analytics/sentiment?map=${map.id}`));
    expect(sentiment.overall.n).toBeGreaterThan(0);
    const themes = strictly('themes', await answer(app, `/api/analytics/themes?map=${map.id}`));
    expect(themes.groups.length).toBeGreaterThan(0);
    const pains = strictly('pains', await answer(app, `/api/maps/${map.id}/pains`));
    expect(pains.findings.some((f) => f.card !== null && f.operations.length > 0)).toBe(true);
  });

  it('persona suggestions of the persona story', async () => {
    const map = insightMap();
    const app = await storyApp(PERSONA_STORY, map);
    const url = `/api/personas/suggestions?map=${map.id}&k=3&lang=en`;
    expect(strictly('personaSuggestions', await answer(app, url)).clusters).toHaveLength(3);
  });

  it('an experiment, attribution and a before/after comparison on the demo workspace', async () => {
    const app = await testApp({ demo: true });
    const made = await call<VersionedInitiative>(app, 'POST', '/api/initiatives', {
      mapId: 'example-laptop-en',
      opportunityId: 'o2',
      status: 'testing',
      experiment: {
        exposure: 'add_to_cart',
        variantProperty: 'checkout_variant',
        control: 'control',
        goal: 'purchase',
        window: '30d',
      },
    });
    expect(made.status).toBe(201);
    const experiment = strictly(
      'experiment',
      await answer(app, `/api/initiatives/${made.body.initiative.id}/experiment`),
    );
    expect(experiment.variants[0]?.control).toBe(true);
    const url = '/api/maps/example-laptop-en/attribution?conversion=purchase&model=markov&lookback=30d';
    expect(strictly('attribution', await answer(app, url)).by).toBe('touchpoint');
    const at = encodeURIComponent(new Date(Date.now() - 45 * 86_400_000).toISOString());
    const compare = strictly('compare', await answer(app, `/api/maps/example-laptop-en/compare?at=${at}`));
    expect(compare.stages.length).toBeGreaterThan(0);
  });

  it('the web fixture holds every answer, each still exactly its core schema', () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(fixture).sort()).toEqual(Object.keys(SCHEMAS).sort());
    for (const [name, schema] of Object.entries(SCHEMAS))
      expect(schema.parse(fixture[name]), name).toEqual(fixture[name]);
  });
});
