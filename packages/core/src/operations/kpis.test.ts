import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('addKpi', () => {
  it('appends with the next k<n> id', () => {
    const map = apply({ op: 'addKpi', name: 'NPS', metric: 'nps' });
    expect(map.kpis.at(-1)).toEqual({ id: 'k2', name: 'NPS', metric: 'nps' });
  });

  it('keeps all given fields', () => {
    const map = apply({
      op: 'addKpi',
      id: 'ctr',
      name: 'CTR рекламы',
      metric: 'custom',
      stage: 'awareness',
      touchpoint: 'tp-ad',
      target: 2,
      unit: '%',
    });
    expect(map.kpis.at(-1)).toEqual({
      id: 'ctr',
      name: 'CTR рекламы',
      metric: 'custom',
      stage: 'awareness',
      touchpoint: 'tp-ad',
      target: 2,
      unit: '%',
    });
  });

  it('refuses taken ids and unknown references', () => {
    const base = { op: 'addKpi', name: 'n', metric: 'csat' } as const;
    expectOperationError(() => applyOperation(frozenAnna(), { ...base, id: 'k1' }), 'duplicate-id');
    expectOperationError(() => applyOperation(frozenAnna(), { ...base, stage: 'x' }), 'unknown-stage');
    expectOperationError(
      () => applyOperation(frozenAnna(), { ...base, touchpoint: 'x' }),
      'unknown-touchpoint',
    );
  });
});

describe('updateKpi', () => {
  it('changes given fields and removes optional ones with null', () => {
    const map = apply({
      op: 'updateKpi',
      id: 'k1',
      target: null,
      stage: null,
      unit: '%',
      metric: 'drop-off',
    });
    expect(map.kpis[0]).toEqual({ id: 'k1', name: 'Конверсия в покупку', metric: 'drop-off', unit: '%' });
  });

  it('refuses unknown KPIs and references', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateKpi', id: 'k9', name: 'n' }),
      'unknown-kpi',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateKpi', id: 'k1', touchpoint: 'x' }),
      'unknown-touchpoint',
    );
  });
});

describe('removeKpi', () => {
  it('removes the KPI', () => {
    expect(apply({ op: 'removeKpi', id: 'k1' }).kpis).toEqual([]);
  });

  it('refuses an unknown KPI', () => {
    expectOperationError(() => applyOperation(frozenAnna(), { op: 'removeKpi', id: 'k9' }), 'unknown-kpi');
  });
});
