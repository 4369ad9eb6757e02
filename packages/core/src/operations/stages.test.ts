import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

const stageIds = (map: { stages: { id: string }[] }) => map.stages.map((s) => s.id);

describe('addStage', () => {
  it('appends a stage with a slug id by default', () => {
    const map = apply({ op: 'addStage', name: 'Доставка', goal: 'Получить заказ' });
    expect(map.stages.at(-1)).toEqual({ id: 'dostavka', name: 'Доставка', goal: 'Получить заказ' });
    expect(map.stages).toHaveLength(5);
  });

  it('inserts at an index with a given id', () => {
    const map = apply({ op: 'addStage', name: 'Search', id: 'search', index: 1, description: 'd' });
    expect(stageIds(map)).toEqual(['awareness', 'search', 'consideration', 'purchase', 'loyalty']);
    expect(map.stages[1]).toEqual({ id: 'search', name: 'Search', description: 'd' });
  });

  it('derives unique ids for names without a slug or with a taken slug', () => {
    let map = apply({ op: 'addStage', name: '交付' });
    map = apply({ op: 'addStage', name: '退货' }, map);
    map = apply({ op: 'addStage', name: 'Purchase' }, map);
    expect(stageIds(map).slice(4)).toEqual(['stage', 'stage-2', 'purchase-2']);
  });

  it('refuses a taken id and an index out of range', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addStage', name: 'X', id: 'purchase' }),
      'duplicate-id',
    );
    expect(error.params).toEqual({ id: 'purchase', kind: 'stage' });
    expect(error.message).toBe('addStage: a stage with id "purchase" already exists');
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addStage', name: 'X', index: 5 }),
      'index-out-of-range',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addStage', name: 'X', index: -1 }),
      'index-out-of-range',
    );
    expect(stageIds(apply({ op: 'addStage', name: 'X', index: 4 })).at(-1)).toBe('x');
  });
});

describe('renameStage / updateStage', () => {
  it('renames and keeps the id', () => {
    const map = apply({ op: 'renameStage', id: 'consideration', name: 'Выбор' });
    expect(map.stages[1]).toEqual({ id: 'consideration', name: 'Выбор' });
  });

  it('sets, keeps and removes goal and description', () => {
    let map = apply({ op: 'updateStage', id: 'consideration', description: 'Сравнение' });
    expect(map.stages[1]).toEqual({ id: 'consideration', name: 'Рассмотрение', description: 'Сравнение' });
    map = apply({ op: 'updateStage', id: 'awareness', goal: null, description: 'x' }, map);
    expect(map.stages[0]).toEqual({ id: 'awareness', name: 'Осведомленность', description: 'x' });
  });

  it('refuses an unknown stage', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'renameStage', id: 'purhcase', name: 'X' }),
      'unknown-stage',
    );
    expect(error.message).toBe('renameStage: unknown stage "purhcase"');
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateStage', id: 'nope', goal: 'g' }),
      'unknown-stage',
    );
  });
});

describe('moveStage', () => {
  it('moves a stage forward and backward', () => {
    expect(stageIds(apply({ op: 'moveStage', id: 'awareness', index: 2 }))).toEqual([
      'consideration',
      'purchase',
      'awareness',
      'loyalty',
    ]);
    expect(stageIds(apply({ op: 'moveStage', id: 'loyalty', index: 0 }))).toEqual([
      'loyalty',
      'awareness',
      'consideration',
      'purchase',
    ]);
    expect(stageIds(apply({ op: 'moveStage', id: 'purchase', index: 2 }))).toEqual(stageIds(frozenAnna()));
  });

  it('refuses an index past the last stage', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'moveStage', id: 'awareness', index: 4 }),
      'index-out-of-range',
    );
    expect(error.params).toEqual({ index: 4, max: 3 });
    expect(error.message).toBe('moveStage: index 4 is out of range 0…3');
  });
});

describe('removeStage', () => {
  it('removes the stage with its cards and emotions and unsets references to it', () => {
    const map = apply({ op: 'removeStage', id: 'consideration' });
    expect(stageIds(map)).toEqual(['awareness', 'purchase', 'loyalty']);
    expect(map.cards.map((c) => c.id)).toEqual(['c1', 'c4', 'c5']);
    expect(map.emotions.map((e) => e.stage)).toEqual(['awareness', 'purchase', 'loyalty']);
    const site = map.touchpoints.find((t) => t.id === 'tp-site');
    expect(site).toBeDefined();
    expect(site).not.toHaveProperty('stage');
    expect(map.opportunities[0]).not.toHaveProperty('stage');
    expect(map.opportunities[0]?.pains).toEqual([]);
    expect(map.kpis[0]?.stage).toBe('purchase');
  });

  it('unsets KPI stages and shares untouched items', () => {
    const before = frozenAnna();
    const map = apply({ op: 'removeStage', id: 'purchase' }, before);
    expect(map.kpis[0]).not.toHaveProperty('stage');
    expect(map.kpis[0]).toMatchObject({ id: 'k1', metric: 'conversion' });
    expect(map.cards[0]).toBe(before.cards[0]);
    expect(map.touchpoints[0]).toBe(before.touchpoints[0]);
    expect(map.opportunities[0]).toBe(before.opportunities[0]);
  });

  it('can remove every stage', () => {
    let map = frozenAnna();
    for (const id of stageIds(map)) map = apply({ op: 'removeStage', id }, map);
    expect(map.stages).toEqual([]);
    expect(map.cards).toEqual([]);
    expect(map.emotions).toEqual([]);
  });

  it('refuses an unknown stage', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'removeStage', id: 'nope' }),
      'unknown-stage',
    );
  });
});
