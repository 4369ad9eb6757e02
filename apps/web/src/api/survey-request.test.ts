import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSurvey, surveyPath } from './insight.ts';

/** An NPS answer as the engine sends it for `attribute=region` (groups most answers first). */
const NPS_BY_REGION = {
  metric: 'nps',
  overall: { nps: 20, n: 10, promoters: 4, passives: 4, detractors: 2, invalid: 0, ci: [-20, 60] },
  byStage: [],
  byTouchpoint: [],
  byChannel: [],
  byAttribute: {
    attribute: 'region',
    groups: [
      { name: 'Moscow', nps: 50, n: 6, promoters: 4, passives: 1, detractors: 1, invalid: 0, ci: [0, 100] },
      { name: 'Kazan', nps: -25, n: 4, promoters: 0, passives: 3, detractors: 1, invalid: 0, ci: null },
    ],
  },
};

describe('survey request', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('adds a trimmed, encoded attribute key only when one is given', () => {
    expect(surveyPath('nps', 'map 1')).toBe('/api/analytics/nps?map=map%201');
    expect(surveyPath('csat', 'm', '  ')).toBe('/api/analytics/csat?map=m');
    expect(surveyPath('ces', 'm', ' region ')).toBe('/api/analytics/ces?map=m&attribute=region');
    expect(surveyPath('nps', 'm', 'a&b=c')).toBe('/api/analytics/nps?map=m&attribute=a%26b%3Dc');
  });

  it('asks for the attribute and reads its groups in the server order', async () => {
    const fetch = vi.fn(async () => Response.json(NPS_BY_REGION));
    vi.stubGlobal('fetch', fetch);
    const result = await getSurvey('nps', 'example', undefined, 'region');
    expect(fetch).toHaveBeenCalledWith('/api/analytics/nps?map=example&attribute=region', expect.anything());
    expect(result?.byAttribute).toEqual({
      attribute: 'region',
      groups: [
        { name: 'Moscow', value: 50, n: 6, ci: [0, 100], promoters: 4, passives: 1, detractors: 1 },
        { name: 'Kazan', value: -25, n: 4, ci: null, promoters: 0, passives: 3, detractors: 1 },
      ],
    });
  });
});
