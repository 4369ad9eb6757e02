import { describe, expect, it } from 'vitest';
import { CreateInitiativeBody, Initiative } from './index.ts';

describe('Initiative', () => {
  it('fills the defaults of a bare initiative', () => {
    const parsed = Initiative.parse({ id: 'i1', mapId: 'm', opportunityId: 'o', title: ' Free delivery ' });
    expect(parsed).toEqual({
      id: 'i1',
      mapId: 'm',
      opportunityId: 'o',
      title: 'Free delivery',
      owner: '',
      status: 'idea',
      pains: [],
      kpis: [],
      expectedEffect: { text: '' },
    });
  });

  it('names the field that is wrong', () => {
    const result = Initiative.safeParse({
      id: 'i1',
      mapId: 'm',
      opportunityId: 'o',
      title: 'x',
      status: 'started',
      due: '2026-13-40',
      experiment: { exposure: 'e', variantProperty: 'v', control: 'a', goal: 'g', window: 'soon' },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['due', 'experiment.window', 'status']);
  });

  it('creates from an opportunity without a title or id', () => {
    const body = CreateInitiativeBody.parse({ mapId: 'm', opportunityId: 'o' });
    expect(body).toEqual({ mapId: 'm', opportunityId: 'o' });
  });
});
