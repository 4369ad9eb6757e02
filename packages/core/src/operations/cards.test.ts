import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, cellIds, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('addCard', () => {
  it('appends to the cell with the next c<n> id and defaults', () => {
    const map = apply({ op: 'addCard', lane: 'pains', stage: 'purchase', text: 'Долгая доставка' });
    expect(map.cards.find((c) => c.id === 'c6')).toEqual({
      id: 'c6',
      lane: 'pains',
      stage: 'purchase',
      text: 'Долгая доставка',
      evidence: 'hypothesis',
      sources: [],
    });
  });

  it('places the card at an index within its cell', () => {
    let map = apply({ op: 'addCard', lane: 'actions', stage: 'consideration', text: 'first', index: 0 });
    expect(cellIds(map, 'actions', 'consideration')).toEqual(['c6', 'c2']);
    map = apply({ op: 'addCard', lane: 'actions', stage: 'consideration', text: 'middle', index: 1 }, map);
    expect(cellIds(map, 'actions', 'consideration')).toEqual(['c6', 'c7', 'c2']);
    map = apply({ op: 'addCard', lane: 'actions', stage: 'consideration', text: 'last' }, map);
    expect(cellIds(map, 'actions', 'consideration')).toEqual(['c6', 'c7', 'c2', 'c8']);
    expect(map.cards.map((c) => c.id)).toEqual(['c1', 'c6', 'c7', 'c2', 'c8', 'c3', 'c4', 'c5']);
  });

  it('keeps all given fields', () => {
    const map = apply({
      op: 'addCard',
      id: 'ad-click',
      lane: 'actions',
      stage: 'awareness',
      text: 'Кликает по рекламе',
      evidence: 'observed',
      sources: [{ title: 'GA4', kind: 'quantitative' }],
      persona: 'anna',
      touchpoint: 'tp-ad',
    });
    expect(cellIds(map, 'actions', 'awareness')).toEqual(['c1', 'ad-click']);
    expect(map.cards[1]).toMatchObject({ persona: 'anna', touchpoint: 'tp-ad', evidence: 'observed' });
  });

  it('refuses unknown references, taken ids and bad indexes', () => {
    const map = frozenAnna();
    const base = { op: 'addCard', lane: 'actions', stage: 'awareness', text: 't' } as const;
    const error = expectOperationError(
      () => applyOperation(map, { ...base, stage: 'purhcase' }),
      'unknown-stage',
    );
    expect(error.message).toBe('addCard: unknown stage "purhcase"');
    expectOperationError(() => applyOperation(map, { ...base, lane: 'nope' }), 'unknown-lane');
    expectOperationError(() => applyOperation(map, { ...base, persona: 'boris' }), 'unknown-persona');
    expectOperationError(() => applyOperation(map, { ...base, touchpoint: 'tp-x' }), 'unknown-touchpoint');
    expectOperationError(() => applyOperation(map, { ...base, id: 'c3' }), 'duplicate-id');
    expectOperationError(() => applyOperation(map, { ...base, index: 2 }), 'index-out-of-range');
  });
});

describe('editCard', () => {
  it('changes only the given fields', () => {
    const before = frozenAnna();
    const map = apply(
      { op: 'editCard', id: 'c3', text: 'Фильтры не работают', evidence: 'observed' },
      before,
    );
    expect(map.cards[2]).toEqual({ ...before.cards[2], text: 'Фильтры не работают', evidence: 'observed' });
    expect(map.cards[0]).toBe(before.cards[0]);
  });

  it('sets and removes persona and touchpoint, replaces sources', () => {
    let map = apply({
      op: 'editCard',
      id: 'c2',
      persona: 'anna',
      touchpoint: 'tp-site',
      sources: [{ title: 'Interview' }],
    });
    expect(map.cards[1]).toMatchObject({
      persona: 'anna',
      touchpoint: 'tp-site',
      sources: [{ title: 'Interview' }],
    });
    map = apply({ op: 'editCard', id: 'c2', persona: null, touchpoint: null }, map);
    expect(map.cards[1]).not.toHaveProperty('persona');
    expect(map.cards[1]).not.toHaveProperty('touchpoint');
  });

  it('refuses unknown cards and references', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'editCard', id: 'c9', text: 'x' }),
      'unknown-card',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'editCard', id: 'c1', persona: 'x' }),
      'unknown-persona',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'editCard', id: 'c1', touchpoint: 'x' }),
      'unknown-touchpoint',
    );
  });
});

describe('moveCard', () => {
  /** Anna with three action cards in the consideration cell: c2, a, b. */
  function crowded() {
    let map = apply({ op: 'addCard', id: 'a', lane: 'actions', stage: 'consideration', text: 'a' });
    map = apply({ op: 'addCard', id: 'b', lane: 'actions', stage: 'consideration', text: 'b' }, map);
    expect(cellIds(map, 'actions', 'consideration')).toEqual(['c2', 'a', 'b']);
    return map;
  }

  it('reorders within a cell', () => {
    const map = crowded();
    const cell = (m: typeof map) => cellIds(m, 'actions', 'consideration');
    const move = (id: string, index?: number) =>
      apply({ op: 'moveCard', id, lane: 'actions', stage: 'consideration', index }, map);
    expect(cell(move('c2', 2))).toEqual(['a', 'b', 'c2']);
    expect(cell(move('b', 0))).toEqual(['b', 'c2', 'a']);
    expect(cell(move('a', 1))).toEqual(['c2', 'a', 'b']);
    expect(cell(move('c2'))).toEqual(['a', 'b', 'c2']);
    expectOperationError(() => move('a', 3), 'index-out-of-range');
  });

  it('moves across cells, to a position or to the end', () => {
    const map = crowded();
    let moved = apply({ op: 'moveCard', id: 'a', lane: 'pains', stage: 'consideration', index: 0 }, map);
    expect(cellIds(moved, 'pains', 'consideration')).toEqual(['a', 'c3']);
    expect(cellIds(moved, 'actions', 'consideration')).toEqual(['c2', 'b']);
    expect(moved.cards.find((c) => c.id === 'a')).toMatchObject({ lane: 'pains', stage: 'consideration' });
    moved = apply({ op: 'moveCard', id: 'c2', lane: 'pains', stage: 'consideration' }, moved);
    expect(cellIds(moved, 'pains', 'consideration')).toEqual(['a', 'c3', 'c2']);
  });

  it('moves into an empty cell', () => {
    const map = apply({ op: 'moveCard', id: 'c1', lane: 'emotion', stage: 'loyalty' });
    expect(cellIds(map, 'emotion', 'loyalty')).toEqual(['c1']);
    expect(cellIds(map, 'actions', 'awareness')).toEqual([]);
    expect(map.cards).toHaveLength(5);
  });

  it('refuses unknown cards, lanes, stages and bad indexes', () => {
    const map = frozenAnna();
    const error = expectOperationError(
      () => applyOperation(map, { op: 'moveCard', id: 'c1', lane: 'actions', stage: 'purhcase' }),
      'unknown-stage',
    );
    expect(error.message).toBe('moveCard: unknown stage "purhcase"');
    expect(error.params).toEqual({ id: 'purhcase' });
    expect(error.op).toBe('moveCard');
    expectOperationError(
      () => applyOperation(map, { op: 'moveCard', id: 'c0', lane: 'actions', stage: 'purchase' }),
      'unknown-card',
    );
    expectOperationError(
      () => applyOperation(map, { op: 'moveCard', id: 'c1', lane: 'x', stage: 'purchase' }),
      'unknown-lane',
    );
    expectOperationError(
      () => applyOperation(map, { op: 'moveCard', id: 'c1', lane: 'actions', stage: 'purchase', index: 2 }),
      'index-out-of-range',
    );
  });
});

describe('removeCard', () => {
  it('removes the card and drops it from opportunity pains', () => {
    const before = frozenAnna();
    const map = apply({ op: 'removeCard', id: 'c3' }, before);
    expect(map.cards.map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c5']);
    expect(map.opportunities[0]).toEqual({ ...before.opportunities[0], pains: [] });
  });

  it('shares opportunities that did not list the card', () => {
    const before = frozenAnna();
    const map = apply({ op: 'removeCard', id: 'c1' }, before);
    expect(map.opportunities[0]).toBe(before.opportunities[0]);
  });

  it('does not reuse the highest id while lower ids remain', () => {
    const map = apply({ op: 'removeCard', id: 'c3' });
    const added = apply({ op: 'addCard', lane: 'pains', stage: 'purchase', text: 'x' }, map);
    expect(added.cards.at(-1)?.id).toBe('c6');
  });

  it('refuses an unknown card', () => {
    expectOperationError(() => applyOperation(frozenAnna(), { op: 'removeCard', id: 'c9' }), 'unknown-card');
  });
});
