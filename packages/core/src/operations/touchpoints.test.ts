import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('addTouchpoint', () => {
  it('appends a touchpoint with a tp- id and the default source', () => {
    const map = apply({
      op: 'addTouchpoint',
      name: 'Пункт выдачи',
      channel: 'store',
      kind: 'offline',
      stage: 'purchase',
    });
    expect(map.touchpoints.at(-1)).toEqual({
      id: 'tp-punkt-vydachi',
      name: 'Пункт выдачи',
      channel: 'store',
      kind: 'offline',
      source: 'quantitative',
      stage: 'purchase',
    });
  });

  it('keeps a given id and match rules; numbers ids taken or without a slug', () => {
    let map = apply({
      op: 'addTouchpoint',
      id: 'tp-mail',
      name: 'Email',
      channel: 'email',
      kind: 'online',
      source: 'qualitative',
      match: { event: ['email_open', 'email_click'] },
    });
    expect(map.touchpoints.at(-1)).toMatchObject({
      id: 'tp-mail',
      source: 'qualitative',
      match: { event: ['email_open', 'email_click'] },
    });
    map = apply({ op: 'addTouchpoint', name: '网站', channel: 'website', kind: 'online' }, map);
    map = apply({ op: 'addTouchpoint', name: '门店', channel: 'store', kind: 'offline' }, map);
    expect(map.touchpoints.map((t) => t.id).slice(3)).toEqual(['tp', 'tp-2']);
  });

  it('refuses taken ids and unknown stages', () => {
    const base = { op: 'addTouchpoint', name: 'X', channel: 'web', kind: 'online' } as const;
    expectOperationError(() => applyOperation(frozenAnna(), { ...base, id: 'tp-ad' }), 'duplicate-id');
    expectOperationError(() => applyOperation(frozenAnna(), { ...base, stage: 'x' }), 'unknown-stage');
  });
});

describe('updateTouchpoint', () => {
  it('changes given fields and removes stage and match with null', () => {
    const map = apply({
      op: 'updateTouchpoint',
      id: 'tp-site',
      name: 'Сайт и приложение',
      stage: null,
      match: null,
    });
    expect(map.touchpoints[1]).toEqual({
      id: 'tp-site',
      name: 'Сайт и приложение',
      channel: 'website',
      kind: 'online',
      source: 'quantitative',
    });
  });

  it('refuses unknown touchpoints and stages', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateTouchpoint', id: 'x', name: 'n' }),
      'unknown-touchpoint',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'updateTouchpoint', id: 'tp-ad', stage: 'x' }),
      'unknown-stage',
    );
  });
});

describe('removeTouchpoint', () => {
  it('removes the touchpoint and unsets card and KPI references', () => {
    let map = apply({ op: 'linkCardTouchpoint', card: 'c2', touchpoint: 'tp-site' });
    map = apply({ op: 'updateKpi', id: 'k1', touchpoint: 'tp-site' }, map);
    map = apply({ op: 'removeTouchpoint', id: 'tp-site' }, map);
    expect(map.touchpoints.map((t) => t.id)).toEqual(['tp-ad']);
    expect(map.cards[1]).not.toHaveProperty('touchpoint');
    expect(map.kpis[0]).not.toHaveProperty('touchpoint');
    expect(map.kpis[0]?.stage).toBe('purchase');
  });

  it('refuses an unknown touchpoint', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'removeTouchpoint', id: 'x' }),
      'unknown-touchpoint',
    );
  });
});

describe('linkTouchpoint', () => {
  it('binds a touchpoint to a stage and unbinds it', () => {
    let map = apply({ op: 'linkTouchpoint', touchpoint: 'tp-ad', stage: 'consideration' });
    expect(map.touchpoints[0]?.stage).toBe('consideration');
    map = apply({ op: 'linkTouchpoint', touchpoint: 'tp-ad', stage: null }, map);
    expect(map.touchpoints[0]).not.toHaveProperty('stage');
  });

  it('refuses unknown touchpoints and stages', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'linkTouchpoint', touchpoint: 'x', stage: 'purchase' }),
      'unknown-touchpoint',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'linkTouchpoint', touchpoint: 'tp-ad', stage: 'x' }),
      'unknown-stage',
    );
  });
});

describe('linkCardTouchpoint', () => {
  it('sets and clears the touchpoint of a card', () => {
    let map = apply({ op: 'linkCardTouchpoint', card: 'c1', touchpoint: 'tp-ad' });
    expect(map.cards[0]?.touchpoint).toBe('tp-ad');
    map = apply({ op: 'linkCardTouchpoint', card: 'c1', touchpoint: null }, map);
    expect(map.cards[0]).toEqual(frozenAnna().cards[0]);
  });

  it('refuses unknown cards and touchpoints', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'linkCardTouchpoint', card: 'c9', touchpoint: 'tp-ad' }),
      'unknown-card',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'linkCardTouchpoint', card: 'c1', touchpoint: 'x' }),
      'unknown-touchpoint',
    );
  });
});
