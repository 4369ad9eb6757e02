import { EmotionsResult, laptopPurchaseMap, NpsResult } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { surveyView } from '../../api/survey-schemas.ts';
import { defaultCurve, emotionRows } from './emotions/emotion-rows.ts';
import { dataNames } from './place-names.ts';
import { formatSurveyValue, surveyRows } from './survey/survey-format.ts';

const map = laptopPurchaseMap('en');

describe('dataNames', () => {
  it('names stages, touchpoints and catalogue channels, and keeps unknown ids', () => {
    const names = dataNames(map, 'ru');
    expect(names.stage('purchase')).toBe(map.stages.find((s) => s.id === 'purchase')?.name);
    expect(names.stage('returns')).toBe('returns');
    expect(names.channel('website')).not.toBe('website');
    expect(dataNames(null, 'en').touchpoint('tp-ad')).toBe('tp-ad');
  });
});

describe('survey rows', () => {
  it('formats each metric on its own scale', () => {
    expect(formatSurveyValue('nps', 'en', 23.4)).toBe('+23');
    expect(formatSurveyValue('nps', 'en', 0)).toBe('0');
    expect(formatSurveyValue('csat', 'en', 78.25)).toBe('78.3%');
    expect(formatSurveyValue('ces', 'ru', 3.25)).toBe('3,3');
    expect(formatSurveyValue('ces', 'en', 3)).toBe('3.0');
  });

  it('names the groups of a dimension from the map', () => {
    const nps = surveyView(
      NpsResult.parse({
        metric: 'nps',
        overall: { nps: 10, n: 50, promoters: 20, passives: 15, detractors: 15, invalid: 0, ci: [0, 20] },
        byStage: [
          {
            name: 'purchase',
            nps: -20,
            n: 30,
            promoters: 6,
            passives: 12,
            detractors: 12,
            invalid: 0,
            ci: [-40, 0],
          },
        ],
        byTouchpoint: [],
        byChannel: [],
      }),
    );
    expect(surveyRows(nps, 'stage', dataNames(map, 'en'))).toEqual([
      { name: 'Purchase', value: -20, ci: [-40, 0], n: 30 },
    ]);
    expect(surveyRows(nps, 'attribute', dataNames(map, 'en'))).toEqual([]);
  });
});

describe('emotionRows', () => {
  it('puts the drawn score beside the measured one, stage by stage, then stages only data names', () => {
    const parts = (n: number, mean: number) => ({ texts: { n, mean }, answers: { n: 0, mean: null } });
    const curve = EmotionsResult.parse({
      overall: { score: 0, n: 10, ci: null, ...parts(10, 0) },
      byStage: [
        { name: 'purchase', score: -0.8, n: 40, ci: [-1.1, -0.5], ...parts(40, -0.8) },
        { name: 'returns', score: -1.5, n: 3, ci: null, ...parts(3, -1.5) },
      ],
      byTouchpoint: [],
    });
    const persona = defaultCurve(map);
    const rows = emotionRows(map, curve, persona);
    expect(rows.map((r) => r.stage)).toEqual([...map.stages.map((s) => s.id), 'returns']);
    const purchase = rows.find((r) => r.stage === 'purchase');
    expect(purchase?.data?.score).toBe(-0.8);
    const drawn = map.emotions.find((e) => e.stage === 'purchase' && e.persona === persona)?.score ?? null;
    expect(purchase?.drawn).toBe(drawn);
    expect(rows.at(-1)).toMatchObject({ name: 'returns', drawn: null });
  });
});
