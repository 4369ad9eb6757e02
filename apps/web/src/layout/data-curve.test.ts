import { describe, expect, it } from 'vitest';
import type { Metric } from '../api/analytics-schemas.ts';
import { dataCurvePoints } from './data-curve.ts';

/** A stage's figures as the server sends them, with `set` measured and nothing else. */
function figures(set: Partial<Metric>): Metric {
  return {
    customers: 0,
    conversion: null,
    dropOff: null,
    medianSeconds: null,
    emotion: null,
    emotionN: 0,
    emotionCi: null,
    sentiment: null,
    ...set,
  };
}

describe('dataCurvePoints', () => {
  const stages = [{ id: 'awareness' }, { id: 'consideration' }, { id: 'purchase' }];

  it('keeps n and the clipped interval of measured emotions, in stage order', () => {
    const metrics = {
      purchase: figures({ customers: 1870, emotion: -0.8, emotionN: 412, emotionCi: [-2.3, -0.5] }),
      awareness: figures({ customers: 12000, emotion: 1.1, emotionN: 1 }),
    };
    expect(dataCurvePoints(stages, metrics)).toEqual([
      { stage: 'awareness', index: 0, score: 1.1, n: 1, ci: null },
      { stage: 'purchase', index: 2, score: -0.8, n: 412, ci: [-2, -0.5] },
    ]);
  });

  it('scales text sentiment without claiming its n or interval', () => {
    const metrics = {
      consideration: figures({ customers: 4920, sentiment: -0.45, emotionN: 30, emotionCi: [-1, 0] }),
    };
    expect(dataCurvePoints(stages, metrics)).toEqual([
      { stage: 'consideration', index: 1, score: -0.9, n: null, ci: null },
    ]);
  });
});
