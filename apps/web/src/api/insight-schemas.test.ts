import { describe, expect, it } from 'vitest';
import { EmotionCurve } from './emotions-schemas.ts';
import { SentimentSummary, Themes } from './feedback-schemas.ts';
import { Pains } from './pains-schemas.ts';
import { PersonaSuggestions } from './persona-suggestions-schemas.ts';
import { surveyResult } from './survey-schemas.ts';

describe('survey answers', () => {
  it('reads NPS with its split, interval and attribute groups', () => {
    const nps = surveyResult('nps').parse({
      metric: 'nps',
      overall: { nps: 30, n: 10, promoters: 5, passives: 3, detractors: 2, invalid: 1, ci: [-18.4, 78.4] },
      byStage: [
        { name: 'purchase', nps: -20, n: 5, promoters: 1, passives: 2, detractors: 2, invalid: 0, ci: null },
      ],
      byTouchpoint: [],
      byChannel: [
        {
          name: 'website',
          nps: 30,
          n: 10,
          promoters: 5,
          passives: 3,
          detractors: 2,
          invalid: 1,
          ci: [-18, 78],
        },
      ],
      byAttribute: { attribute: 'segment', groups: [{ name: 'students', nps: 50, n: 4, ci: [0, 100] }] },
    });
    expect(nps.overall).toEqual({
      name: '',
      value: 30,
      n: 10,
      ci: [-18.4, 78.4],
      promoters: 5,
      passives: 3,
      detractors: 2,
    });
    expect(nps.invalid).toBe(1);
    expect(nps.byStage[0]).toMatchObject({ name: 'purchase', value: -20, ci: null });
    expect(nps.byAttribute).toEqual({
      attribute: 'segment',
      groups: [{ name: 'students', value: 50, n: 4, ci: [0, 100] }],
    });
  });

  it('reads CSAT and CES without answers as empty, and a list of attribute groups', () => {
    const csat = surveyResult('csat').parse({ overall: { csat: null, n: 0, satisfied: 0, ci: null } });
    expect(csat.overall.value).toBeNull();
    expect(csat.byStage).toEqual([]);
    expect(csat.byAttribute).toBeNull();
    const ces = surveyResult('ces').parse({
      overall: { ces: 3.2, n: 40, ci: [2.9, 3.5] },
      byAttribute: [{ name: 'b2b', ces: 4.1, n: 12, ci: [3.5, 4.7] }],
      invalid: 2,
    });
    expect(ces.overall.value).toBe(3.2);
    expect(ces.invalid).toBe(2);
    expect(ces.byAttribute?.groups[0]?.value).toBe(4.1);
  });
});

describe('feedback answers', () => {
  it('reads sentiment counts per place', () => {
    const summary = SentimentSummary.parse({
      overall: { n: 3, mean: -0.2, positive: 1, neutral: 0, negative: 2 },
      byStage: [{ name: 'purchase', n: 2, mean: -0.6, positive: 0, neutral: 0, negative: 2 }],
    });
    expect(summary.byStage[0]?.negative).toBe(2);
    expect(summary.byTouchpoint).toEqual([]);
  });

  it('reads themes with their example quotes', () => {
    const themes = Themes.parse({
      groups: [
        {
          key: 'tp-checkout',
          total: 5,
          negative: [{ phrase: 'payment failed', count: 3, examples: ['Payment failed twice'] }],
          positive: [],
        },
      ],
    });
    expect(themes.groups[0]?.negative[0]?.examples).toEqual(['Payment failed twice']);
  });
});

describe('emotion curve', () => {
  it('reads points with their parts, tolerating a missing interval', () => {
    const curve = EmotionCurve.parse({
      overall: {
        score: 0.4,
        n: 30,
        ci: [0.1, 0.7],
        texts: { n: 20, mean: 0.5 },
        answers: { n: 10, mean: 0.2 },
      },
      byStage: [
        { name: 'purchase', score: -0.8, n: 1, texts: { n: 1, mean: -0.8 }, answers: { n: 0, mean: null } },
      ],
    });
    expect(curve.byStage[0]).toMatchObject({ name: 'purchase', score: -0.8, ci: null });
    expect(curve.byTouchpoint).toEqual([]);
  });
});

describe('pains', () => {
  const finding = {
    kind: 'long-dwell-exit',
    stage: 'purchase',
    touchpoint: 'tp-checkout',
    severity: 0.3,
    n: 400,
    count: 60,
    rate: 0.15,
    ci: [0.12, 0.19],
    baseline: 0.05,
    baselineN: 2000,
    baselineCount: 100,
    pValue: 0.00001,
    effect: 0.34,
    customers: 400,
    reach: 0.8,
    thresholdSeconds: 900,
    card: {
      id: 'pain-long-dwell-exit-tp-checkout',
      lane: 'pains',
      stage: 'purchase',
      touchpoint: 'tp-checkout',
      text: 'Payment takes long',
      evidence: 'observed',
      sources: [{ title: 'Dwell analysis', kind: 'quantitative' }],
    },
  };

  it('keeps core operations, and drops a list with one the core does not know', () => {
    const ok = Pains.parse({
      customers: 3000,
      findings: [
        {
          ...finding,
          operations: [{ op: 'addCard', lane: 'pains', stage: 'purchase', text: 'Payment takes long' }],
        },
      ],
    });
    expect(ok.findings[0]?.operations?.[0]?.op).toBe('addCard');
    const unknown = Pains.parse({
      customers: 3000,
      findings: [{ ...finding, operations: [{ op: 'add-card' }] }],
    });
    expect(unknown.findings[0]?.operations).toBeNull();
    expect(unknown.findings[0]?.card?.touchpoint).toBe('tp-checkout');
  });

  it('reads a finding whose place is not on the map', () => {
    const parsed = Pains.parse({ customers: 10, findings: [{ ...finding, card: null }] });
    expect(parsed.findings[0]?.card).toBeNull();
    expect(parsed.findings[0]?.operations).toBeNull();
  });
});

describe('persona suggestions', () => {
  it('reads clusters with their persona drafts', () => {
    const result = PersonaSuggestions.parse({
      customers: 3000,
      k: 2,
      silhouettes: [{ k: 2, silhouette: 0.41 }],
      features: ['events', 'channel:website'],
      clusters: [
        {
          cluster: 1,
          size: 1800,
          share: 0.6,
          distinguishing: [
            {
              feature: 'channel:mobile-app',
              kind: 'channel',
              cluster: 0.5,
              overall: 0.2,
              z: 1.2,
              text: 'Mobile app: 50%',
            },
          ],
          converted: { customers: 400, rate: 0.22, ci: [0.2, 0.24] },
          reachedLastStage: null,
          channels: [{ channel: 'mobile-app', share: 0.5 }],
          attributes: { age: 29, region: 'Moscow' },
          persona: {
            schemaVersion: 1,
            id: 'persona-cluster-1',
            name: 'Cluster 1: Mobile app, 25–34',
            source: 'data',
          },
        },
      ],
    });
    const [cluster] = result.clusters;
    expect(cluster?.persona.goals).toEqual([]);
    expect(cluster?.attributes).toEqual({ age: 29, region: 'Moscow' });
    expect(cluster?.distinguishing[0]?.text).toBe('Mobile app: 50%');
  });
});
