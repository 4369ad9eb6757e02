import { type JourneyMap, laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { isStageMeasured, stageFigures } from './stage-figures.ts';

const anna = laptopPurchaseMap('en');
const NO_FEELING = { emotion: null, emotionN: 0, emotionCi: null, sentiment: null };
/** What the server measures for Anna's map: per stage, from the first and from the previous stage. */
const measured = {
  awareness: { customers: 3000, conversion: 1, dropOff: null, medianSeconds: null, ...NO_FEELING },
  consideration: { customers: 2585, conversion: 0.8617, dropOff: 0.1383, medianSeconds: 7.4, ...NO_FEELING },
  purchase: { customers: 2236, conversion: 0.7453, dropOff: 0.135, medianSeconds: 112_320, ...NO_FEELING },
  usage: { customers: 1171, conversion: 0.39, dropOff: 0.4763, medianSeconds: 25_920, ...NO_FEELING },
  loyalty: { customers: 0, conversion: 0, dropOff: 1, medianSeconds: null, ...NO_FEELING },
};

describe('stage figures', () => {
  it('says no data for a stage without an event rule instead of showing zeros', () => {
    const unbound: JourneyMap = {
      ...anna,
      touchpoints: anna.touchpoints.filter((tp) => tp.stage !== 'purchase'),
    };
    expect(isStageMeasured(unbound, 'purchase')).toBe(false);
    expect(stageFigures(unbound, 2, 'ready', measured)).toEqual({ kind: 'no-data', reason: 'unbound' });
    const ruleless = {
      touchpoints: [
        {
          id: 't',
          name: 'Site',
          channel: 'website',
          kind: 'online' as const,
          source: 'quantitative' as const,
          stage: 'purchase',
          match: {},
        },
      ],
    };
    expect(isStageMeasured(ruleless, 'purchase')).toBe(false);
    // The stage before an unmeasured one has no conversion to it either.
    expect(stageFigures(unbound, 1, 'ready', measured)).toEqual({
      kind: 'figures',
      figures: [
        { what: 'reached', value: 2585 },
        { what: 'ofFirst', value: 0.8617 },
      ],
    });
  });

  it('says no data when nothing is measured for the map', () => {
    expect(stageFigures(anna, 2, 'none', undefined)).toEqual({ kind: 'no-data', reason: 'no-events' });
    expect(stageFigures(anna, 2, 'ready', {})).toEqual({ kind: 'no-data', reason: 'no-events' });
  });

  it('gives a stage its customers, conversion to the next stage, time to it, and share of the first stage', () => {
    const purchase = stageFigures(anna, 2, 'ready', measured);
    expect(purchase.kind).toBe('figures');
    if (purchase.kind !== 'figures') return;
    expect(purchase.figures.map((f) => f.what)).toEqual(['reached', 'toNext', 'timeToNext', 'ofFirst']);
    expect(purchase.figures[1]).toEqual({ what: 'toNext', value: 1171 / 2236 });
    expect(purchase.figures[2]).toEqual({ what: 'timeToNext', seconds: 25_920 });
    expect(purchase.figures[3]).toEqual({ what: 'ofFirst', value: 0.7453 });
  });

  it('leaves out the first stage’s share of itself and the last stage’s next stage; a real zero stays', () => {
    const first = stageFigures(anna, 0, 'ready', measured);
    expect(first.kind === 'figures' && first.figures.map((f) => f.what)).toEqual([
      'reached',
      'toNext',
      'timeToNext',
    ]);
    expect(stageFigures(anna, 4, 'ready', measured)).toEqual({
      kind: 'figures',
      figures: [
        { what: 'reached', value: 0 },
        { what: 'ofFirst', value: 0 },
      ],
    });
  });

  it('waits while loading and hides figures after an error', () => {
    expect(stageFigures(anna, 2, 'loading', undefined).kind).toBe('loading');
    expect(stageFigures(anna, 2, 'error', undefined).kind).toBe('hidden');
  });
});
