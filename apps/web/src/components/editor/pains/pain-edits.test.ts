import { applyOperations, type JourneyMap, laptopPurchaseMap, PainProposal } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { acceptOperations, findingKey, isAccepted } from './pain-edits.ts';

/** Checkout customers who never reach "Usage": the drop-off finding the pains route proposes. */
function dropOff(overrides: Record<string, unknown> = {}): PainProposal {
  const card = {
    id: 'pain-drop-off-purchase',
    lane: 'pains',
    stage: 'purchase',
    text: '18% of customers leave after Purchase (9% elsewhere)',
    evidence: 'observed',
    sources: [{ title: 'Drop-off analysis', kind: 'quantitative' }],
  };
  return PainProposal.parse({
    kind: 'drop-off',
    stage: 'purchase',
    touchpoint: null,
    severity: 0.41,
    n: 1870,
    count: 337,
    rate: 0.18,
    ci: [0.165, 0.197],
    baseline: 0.09,
    baselineN: 4120,
    baselineCount: 371,
    pValue: 0.0001,
    effect: 0.27,
    customers: 1870,
    reach: 0.62,
    nextStage: 'usage',
    card,
    operations: [{ op: 'addCard', ...card }],
    ...overrides,
  });
}

function withoutPainsLane(map: JourneyMap): JourneyMap {
  return {
    ...map,
    lanes: map.lanes.filter((l) => l.type !== 'pains'),
    cards: map.cards.filter((c) => c.lane !== 'pains'),
  };
}

describe('acceptOperations', () => {
  it("applies the server's operations, and the card then counts as accepted", () => {
    const map = laptopPurchaseMap('en');
    const finding = dropOff({
      operations: [
        {
          op: 'addCard',
          lane: 'pains',
          stage: 'purchase',
          text: 'Drop-off',
          evidence: 'observed',
          id: 'pain-drop-off-purchase',
        },
      ],
    });
    expect(isAccepted(map, finding)).toBe(false);
    const ops = acceptOperations(map, finding) ?? [];
    const next = applyOperations(map, ops);
    expect(next.cards.find((c) => c.id === 'pain-drop-off-purchase')?.lane).toBe('pains');
    expect(isAccepted(next, finding)).toBe(true);
  });

  it('fits operations computed on an older map: no second pains lane, no taken id', () => {
    const older = withoutPainsLane(laptopPurchaseMap('en'));
    const lane = { op: 'addLane', type: 'pains', title: 'Pains', id: 'pains' };
    const card = { op: 'addCard', lane: 'pains', stage: 'purchase', text: 'x', id: 'pain-drop-off-purchase' };
    const now = applyOperations(older, [
      { op: 'addLane', type: 'pains', title: 'My pains', id: 'my-pains' },
      { op: 'addCard', lane: 'my-pains', stage: 'awareness', text: 'y', id: 'pain-drop-off-purchase' },
    ]);
    const ops = acceptOperations(now, dropOff({ operations: [lane, card] })) ?? [];
    expect(ops).toEqual([{ ...card, lane: 'my-pains', id: 'pain-drop-off-purchase-2' }]);
    expect(() => applyOperations(now, ops)).not.toThrow();
  });

  it('proposes nothing for a finding without a card', () => {
    expect(acceptOperations(laptopPurchaseMap('en'), dropOff({ card: null }))).toBeNull();
  });
});

describe('isAccepted', () => {
  it('recognises the card accepted earlier when the server now proposes the next id', () => {
    const map = applyOperations(laptopPurchaseMap('en'), [
      { op: 'addCard', lane: 'pains', stage: 'purchase', text: 'Drop-off', id: 'pain-drop-off-purchase' },
    ]);
    const again = dropOff();
    if (again.card) again.card.id = 'pain-drop-off-purchase-2';
    expect(isAccepted(map, again)).toBe(true);
    const loop = dropOff({ kind: 'loop' });
    if (loop.card) loop.card.id = 'pain-loop-purchase';
    expect(isAccepted(map, loop)).toBe(false);
  });

  it('keys findings by kind and place', () => {
    expect(findingKey(dropOff())).toBe('drop-off|purchase|');
  });
});
