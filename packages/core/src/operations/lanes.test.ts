import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

const laneIds = (map: { lanes: { id: string }[] }) => map.lanes.map((l) => l.id);

describe('addLane', () => {
  it('appends a lane whose id is its type, numbered when taken', () => {
    let map = apply({ op: 'addLane', type: 'thoughts', title: 'Мысли' });
    expect(map.lanes.at(-1)).toEqual({ id: 'thoughts', type: 'thoughts', title: 'Мысли' });
    map = apply({ op: 'addLane', type: 'pains', title: 'Ещё боли' }, map);
    expect(map.lanes.at(-1)).toEqual({ id: 'pains-2', type: 'pains', title: 'Ещё боли' });
  });

  it('inserts at an index with a given id', () => {
    const map = apply({ op: 'addLane', type: 'goals', title: 'Цели', id: 'my-goals', index: 0 });
    expect(laneIds(map)).toEqual(['my-goals', 'actions', 'pains', 'emotion']);
  });

  it('refuses a taken id and a bad index', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addLane', type: 'goals', title: 'G', id: 'pains' }),
      'duplicate-id',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addLane', type: 'goals', title: 'G', index: 4 }),
      'index-out-of-range',
    );
  });
});

describe('renameLane / moveLane', () => {
  it('renames a lane', () => {
    const map = apply({ op: 'renameLane', id: 'pains', title: 'Проблемы' });
    expect(map.lanes[1]).toEqual({ id: 'pains', type: 'pains', title: 'Проблемы' });
  });

  it('moves a lane', () => {
    expect(laneIds(apply({ op: 'moveLane', id: 'emotion', index: 0 }))).toEqual([
      'emotion',
      'actions',
      'pains',
    ]);
    expect(laneIds(apply({ op: 'moveLane', id: 'actions', index: 2 }))).toEqual([
      'pains',
      'emotion',
      'actions',
    ]);
  });

  it('refuses unknown lanes and bad indexes', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'renameLane', id: 'feels', title: 'x' }),
      'unknown-lane',
    );
    expect(error.message).toBe('renameLane: unknown lane "feels"');
    expect(error.params).toEqual({ id: 'feels' });
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'moveLane', id: 'pains', index: 3 }),
      'index-out-of-range',
    );
  });
});

describe('removeLane', () => {
  it('removes the lane with its cards and cleans opportunity pains', () => {
    const map = apply({ op: 'removeLane', id: 'pains' });
    expect(laneIds(map)).toEqual(['actions', 'emotion']);
    expect(map.cards.map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c5']);
    expect(map.opportunities[0]?.pains).toEqual([]);
    expect(map.opportunities[0]?.stage).toBe('consideration');
  });

  it('keeps other data when the lane has no cards', () => {
    const before = frozenAnna();
    const map = apply({ op: 'removeLane', id: 'emotion' }, before);
    expect(map.cards).toEqual(before.cards);
    expect(map.emotions).toBe(before.emotions);
  });

  it('refuses an unknown lane', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'removeLane', id: 'nope' }),
      'unknown-lane',
    );
  });
});
