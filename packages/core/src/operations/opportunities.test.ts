import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('addOpportunity', () => {
  it('appends with the next o<n> id and defaults', () => {
    const map = apply({ op: 'addOpportunity', title: 'Ускорить доставку' });
    expect(map.opportunities.at(-1)).toEqual({
      id: 'o2',
      title: 'Ускорить доставку',
      pains: [],
      status: 'idea',
    });
  });

  it('keeps all given fields and drops repeated pains', () => {
    const map = apply({
      op: 'addOpportunity',
      id: 'filters-v2',
      title: 'Фильтры v2',
      description: 'd',
      stage: 'consideration',
      pains: ['c3', 'c3'],
      owner: 'UX',
      status: 'in-progress',
      impact: 5,
      effort: 1,
    });
    expect(map.opportunities.at(-1)).toEqual({
      id: 'filters-v2',
      title: 'Фильтры v2',
      description: 'd',
      stage: 'consideration',
      pains: ['c3'],
      owner: 'UX',
      status: 'in-progress',
      impact: 5,
      effort: 1,
    });
  });

  it('refuses taken ids, unknown stages and unknown pain cards', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addOpportunity', title: 't', id: 'o1' }),
      'duplicate-id',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addOpportunity', title: 't', stage: 'x' }),
      'unknown-stage',
    );
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addOpportunity', title: 't', pains: ['c3', 'c42'] }),
      'unknown-card',
    );
    expect(error.message).toBe('addOpportunity: unknown card "c42"');
  });
});

describe('updateOpportunity', () => {
  it('changes given fields, replaces pains and removes optional fields with null', () => {
    const map = apply({
      op: 'updateOpportunity',
      id: 'o1',
      status: 'done',
      pains: ['c3', 'c2'],
      owner: null,
      impact: null,
      stage: null,
    });
    expect(map.opportunities[0]).toEqual({
      id: 'o1',
      title: 'Переделать фильтры каталога',
      pains: ['c3', 'c2'],
      status: 'done',
      effort: 2,
    });
  });

  it('keeps pains when not given', () => {
    const map = apply({ op: 'updateOpportunity', id: 'o1', title: 'Новые фильтры' });
    expect(map.opportunities[0]).toMatchObject({
      title: 'Новые фильтры',
      pains: ['c3'],
      owner: 'Отдел e-commerce',
    });
  });

  it('refuses unknown opportunities, stages and pains', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateOpportunity', id: 'o9', title: 't' }),
      'unknown-opportunity',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateOpportunity', id: 'o1', stage: 'x' }),
      'unknown-stage',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateOpportunity', id: 'o1', pains: ['x'] }),
      'unknown-card',
    );
  });
});

describe('removeOpportunity', () => {
  it('removes the opportunity', () => {
    expect(apply({ op: 'removeOpportunity', id: 'o1' }).opportunities).toEqual([]);
  });

  it('refuses an unknown opportunity', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'removeOpportunity', id: 'o9' }),
      'unknown-opportunity',
    );
  });
});
