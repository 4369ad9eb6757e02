import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBeforeAfter } from '../components/compare/before-after-api.ts';
import { getAttribution, getExperiment } from '../components/initiatives/api.ts';
import {
  getEmotionCurve,
  getPains,
  getPersonaSuggestions,
  getSentiment,
  getSurvey,
  getThemes,
} from './insight.ts';
import ANSWERS from './insight-answers.fixture.json';

/*
 * The web's readers of the insight, experiment, attribution and comparison routes, given
 * the answers the running server sent (the fixture the server's insight-answers test
 * captures and checks against the core schemas).
 */

/** Answers `fetch` with the fixture answer whose route the path names. */
function serve(routes: Record<string, unknown>) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input);
    const hit = Object.entries(routes).find(([route]) => path.startsWith(route));
    return hit ? Response.json(hit[1]) : new Response('{}', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('insight readers on real answers', () => {
  it('read each answer as the server sent it', async () => {
    serve({
      '/api/analytics/sentiment': ANSWERS.sentiment,
      '/api/analytics/themes': ANSWERS.themes,
      '/api/maps/m/emotions': ANSWERS.emotions,
      '/api/maps/m/pains': ANSWERS.pains,
      '/api/personas/suggestions': ANSWERS.personaSuggestions,
      '/api/initiatives/i/experiment': ANSWERS.experiment,
      '/api/maps/m/attribution': ANSWERS.attribution,
      '/api/maps/m/compare': ANSWERS.compare,
    });
    expect(await getSentiment('m')).toEqual(ANSWERS.sentiment);
    expect(await getThemes('m', 'touchpoint')).toEqual(ANSWERS.themes);
    expect(await getEmotionCurve('m')).toEqual(ANSWERS.emotions);
    const pains = await getPains('m', 'en');
    expect(pains).toEqual(ANSWERS.pains);
    expect(pains?.findings[0]?.operations.map((op) => op.op)).toEqual(['addCard']);
    expect(await getPersonaSuggestions('m', 3, 'en')).toEqual(ANSWERS.personaSuggestions);
    expect(await getExperiment('i')).toEqual(ANSWERS.experiment);
    expect(await getAttribution('m', 'purchase', 'markov')).toEqual(ANSWERS.attribution);
    expect(await getBeforeAfter('m', '2026-01-01')).toEqual(ANSWERS.compare);
  });

  it('turn each survey metric into the panel view, its own score as the value', async () => {
    serve({
      '/api/analytics/nps': ANSWERS.nps,
      '/api/analytics/csat': ANSWERS.csat,
      '/api/analytics/ces': ANSWERS.ces,
    });
    const nps = await getSurvey('nps', 'm', undefined, 'segment');
    expect(nps?.overall).toMatchObject({
      value: ANSWERS.nps.overall.nps,
      n: ANSWERS.nps.overall.n,
      ci: ANSWERS.nps.overall.ci,
      promoters: ANSWERS.nps.overall.promoters,
    });
    expect(nps?.invalid).toBe(ANSWERS.nps.overall.invalid);
    expect(nps?.byAttribute?.attribute).toBe('segment');
    expect(nps?.byAttribute?.groups.map((g) => [g.name, g.value])).toEqual(
      ANSWERS.nps.byAttribute.groups.map((g) => [g.name, g.nps]),
    );
    const csat = await getSurvey('csat', 'm');
    expect(csat?.byStage.map((g) => [g.name, g.value, g.satisfied])).toEqual(
      ANSWERS.csat.byStage.map((g) => [g.name, g.csat, g.satisfied]),
    );
    expect(csat?.byAttribute).toBeNull();
    const ces = await getSurvey('ces', 'm');
    expect(ces?.overall.value).toBe(ANSWERS.ces.overall.ces);
  });

  it('refuse an answer that left the contract, instead of showing a guess', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ci: _ci, ...overall } = ANSWERS.emotions.overall;
    serve({
      '/api/maps/m/emotions': { ...ANSWERS.emotions, overall },
      '/api/analytics/nps': ANSWERS.csat,
    });
    await expect(getEmotionCurve('m')).rejects.toMatchObject({ code: 'bad-response' });
    // the CSAT answer is no NPS answer, though both are survey answers
    await expect(getSurvey('nps', 'm')).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('answer null where the server has no such route', async () => {
    serve({});
    expect(await getPains('m', 'en')).toBeNull();
    expect(await getSurvey('ces', 'm')).toBeNull();
  });
});
