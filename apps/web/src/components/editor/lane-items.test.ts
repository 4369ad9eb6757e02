import { type JourneyMap, laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { extraRows, laneOpportunities, laneTouchpoints } from './lane-items.ts';

const anna = laptopPurchaseMap('en');
const lane = (id: string) => {
  const found = anna.lanes.find((l) => l.id === id);
  if (!found) throw new Error(`the example map has no lane ${id}`);
  return found;
};

describe('touchpoints and opportunities in their lanes', () => {
  it('lists every touchpoint of a stage in the touchpoints lane, as the export does', () => {
    const names = laneTouchpoints(anna, lane('touchpoints'), 'awareness').map((tp) => tp.name);
    expect(names).toEqual(['Social ad', 'Search ad', 'Promo email']);
    expect(laneTouchpoints(anna, lane('actions'), 'awareness')).toEqual([]);
  });

  it('leaves out a touchpoint a card of the lane already names', () => {
    const map: JourneyMap = {
      ...anna,
      cards: [
        ...anna.cards,
        {
          id: 'c-ad',
          lane: 'touchpoints',
          stage: 'awareness',
          text: 'Ad',
          evidence: 'observed',
          sources: [],
          touchpoint: 'tp-ad',
        },
      ],
    };
    expect(laneTouchpoints(map, lane('touchpoints'), 'awareness').map((tp) => tp.id)).toEqual([
      'tp-search-ad',
      'tp-promo-email',
    ]);
  });

  it('puts each opportunity in the opportunities lane under its stage', () => {
    expect(laneOpportunities(anna, lane('opportunities'), 'consideration').map((o) => o.id)).toEqual(['o1']);
    expect(laneOpportunities(anna, lane('opportunities'), 'awareness')).toEqual([]);
    expect(laneOpportunities(anna, lane('pains'), 'consideration')).toEqual([]);
  });

  it('adds rows only for what no lane shows', () => {
    expect(extraRows(anna)).toEqual({ touchpoints: false, opportunities: false, wholeJourney: [] });
    const bare: JourneyMap = {
      ...anna,
      lanes: anna.lanes.filter((l) => l.type !== 'touchpoints' && l.type !== 'opportunities'),
      cards: anna.cards.filter((c) => c.lane !== 'touchpoints' && c.lane !== 'opportunities'),
      opportunities: [
        ...anna.opportunities,
        { id: 'o9', title: 'Loyalty programme', pains: [], status: 'idea' },
      ],
    };
    const rows = extraRows(bare);
    expect(rows.touchpoints).toBe(true);
    expect(rows.opportunities).toBe(true);
    expect(rows.wholeJourney.map((o) => o.id)).toEqual(['o9']);
  });
});
