import { describe, expect, it } from 'vitest';
import { MapMetrics } from '../api/analytics-schemas.ts';
import { dataCurvePoints } from './data-curve.ts';

describe('dataCurvePoints', () => {
  const stages = [{ id: 'awareness' }, { id: 'consideration' }, { id: 'purchase' }];

  it('keeps n and the clipped interval of measured emotions, in stage order', () => {
    const { stages: metrics } = MapMetrics.parse({
      stages: {
        purchase: { customers: 1870, emotion: -0.8, emotionN: 412, emotionCi: [-2.3, -0.5] },
        awareness: { customers: 12000, emotion: 1.1, emotionN: 1 },
      },
    });
    expect(dataCurvePoints(stages, metrics)).toEqual([
      { stage: 'awareness', index: 0, score: 1.1, n: 1, ci: null },
      { stage: 'purchase', index: 2, score: -0.8, n: 412, ci: [-2, -0.5] },
    ]);
  });

  it('scales text sentiment without claiming its n or interval', () => {
    const { stages: metrics } = MapMetrics.parse({
      stages: { consideration: { customers: 4920, sentiment: -0.45, emotionN: 30, emotionCi: [-1, 0] } },
    });
    expect(dataCurvePoints(stages, metrics)).toEqual([
      { stage: 'consideration', index: 1, score: -0.9, n: null, ci: null },
    ]);
  });
});
