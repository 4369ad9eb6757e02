import { applyOperation, laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { buildCellIndex, cellKey } from './cell-index.ts';
import { reapply } from './merge.ts';
import { pendingAfterSave } from './pending.ts';

describe('buildCellIndex', () => {
  const map = laptopPurchaseMap('en');

  it('groups cards by cell in map order', () => {
    const index = buildCellIndex(map.cards);
    for (const card of map.cards) expect(index.get(cellKey(card.lane, card.stage))).toContain(card);
  });

  it('keeps the arrays of cells an edit did not touch, so their components do not render again', () => {
    const before = buildCellIndex(map.cards);
    const moved = map.cards[0];
    if (!moved) throw new Error('fixture has cards');
    const next = applyOperation(map, { op: 'moveCard', id: moved.id, lane: 'gains', stage: 'loyalty' });
    const after = buildCellIndex(next.cards, before);
    const changed = new Set([cellKey(moved.lane, moved.stage), cellKey('gains', 'loyalty')]);
    for (const [key, cards] of after) {
      if (changed.has(key)) expect(cards).not.toBe(before.get(key));
      else expect(cards).toBe(before.get(key));
    }
  });
});

describe('reapply', () => {
  it('applies what fits and reports what does not', () => {
    const map = laptopPurchaseMap('en');
    const result = reapply(map, [
      { op: 'renameStage', id: 'awareness', name: 'Discovery' },
      { op: 'removeCard', id: 'no-such-card' },
    ]);
    expect(result.map.stages[0]?.name).toBe('Discovery');
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toEqual([{ op: { op: 'removeCard', id: 'no-such-card' }, code: 'unknown-card' }]);
  });
});

describe('pendingAfterSave', () => {
  const a = { op: 'removeCard', id: 'a' } as const;
  const b = { op: 'removeCard', id: 'b' } as const;

  it('is what was added after the saved operations', () => {
    expect(pendingAfterSave([a, b], [a])).toEqual([b]);
    expect(pendingAfterSave([a], [a])).toEqual([]);
  });

  it('is unknown when the history changed meanwhile', () => {
    expect(pendingAfterSave([b], [a])).toBeNull();
    expect(pendingAfterSave(null, [a])).toBeNull();
  });
});
