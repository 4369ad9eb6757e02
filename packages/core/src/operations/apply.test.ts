import { describe, expect, it } from 'vitest';
import { annaMap } from '../fixtures.ts';
import { JourneyMap } from '../schema/index.ts';
import { applyOperation, applyOperations, OPERATION_NAMES, parseOperation } from './apply.ts';
import { describeOperation } from './describe.ts';
import { OPERATION_ERROR_CODES, OperationError } from './errors.ts';
import type { Operation, OperationName, OperationOf } from './schema.ts';
import { apply, deepFreeze, expectOperationError, expectValid, frozenAnna } from './test-helpers.ts';

/** One valid example of every operation, each applicable to the Anna map. */
const EXAMPLES: { readonly [N in OperationName]: OperationOf<N> } = {
  addStage: { op: 'addStage', name: 'Доставка', index: 3 },
  renameStage: { op: 'renameStage', id: 'purchase', name: 'Оплата' },
  updateStage: { op: 'updateStage', id: 'awareness', goal: null, description: 'Первое знакомство' },
  moveStage: { op: 'moveStage', id: 'loyalty', index: 0 },
  removeStage: { op: 'removeStage', id: 'consideration' },
  addLane: { op: 'addLane', type: 'thoughts', title: 'Мысли', index: 1 },
  renameLane: { op: 'renameLane', id: 'pains', title: 'Проблемы' },
  moveLane: { op: 'moveLane', id: 'emotion', index: 0 },
  removeLane: { op: 'removeLane', id: 'pains' },
  addCard: { op: 'addCard', lane: 'pains', stage: 'purchase', text: 'Мало способов оплаты', index: 0 },
  editCard: { op: 'editCard', id: 'c3', text: 'Фильтры сбрасываются', sources: [{ title: 'Интервью' }] },
  moveCard: { op: 'moveCard', id: 'c3', lane: 'pains', stage: 'purchase' },
  removeCard: { op: 'removeCard', id: 'c3' },
  setEmotion: { op: 'setEmotion', stage: 'purchase', persona: 'anna', score: -1, note: 'Ошибка оплаты' },
  removeEmotion: { op: 'removeEmotion', stage: 'loyalty', persona: 'anna' },
  addTouchpoint: { op: 'addTouchpoint', name: 'Email', channel: 'email', kind: 'online', stage: 'loyalty' },
  updateTouchpoint: { op: 'updateTouchpoint', id: 'tp-site', match: null, kind: 'online' },
  removeTouchpoint: { op: 'removeTouchpoint', id: 'tp-ad' },
  linkTouchpoint: { op: 'linkTouchpoint', touchpoint: 'tp-site', stage: 'purchase' },
  linkCardTouchpoint: { op: 'linkCardTouchpoint', card: 'c2', touchpoint: 'tp-site' },
  addOpportunity: { op: 'addOpportunity', title: 'Сохранять фильтры', pains: ['c3'], impact: 4 },
  updateOpportunity: { op: 'updateOpportunity', id: 'o1', status: 'done', effort: null },
  removeOpportunity: { op: 'removeOpportunity', id: 'o1' },
  addKpi: { op: 'addKpi', name: 'CSAT', metric: 'csat', touchpoint: 'tp-site', target: 4.5 },
  updateKpi: { op: 'updateKpi', id: 'k1', target: 0.06 },
  removeKpi: { op: 'removeKpi', id: 'k1' },
  setMapField: { op: 'setMapField', field: 'type', value: 'future' },
  addPersona: { op: 'addPersona', id: 'boris' },
  removePersona: { op: 'removePersona', id: 'anna' },
};

describe('applyOperation', () => {
  it.each(OPERATION_NAMES)(
    '%s returns a new valid map and leaves the deep-frozen input as it was',
    (name) => {
      const input = frozenAnna();
      const output = apply(EXAMPLES[name], input);
      expect(input).toEqual(annaMap());
      expect(output).not.toEqual(input);
    },
  );

  it('knows every operation of the schema', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(OPERATION_NAMES).toHaveLength(29);
  });

  it('refuses operations that do not fit the schema with invalid-operation', () => {
    const map = frozenAnna();
    const unknown = expectOperationError(
      () => applyOperation(map, { op: 'explode' } as never),
      'invalid-operation',
    );
    expect(unknown.op).toBe('explode');
    const extra = expectOperationError(
      () => applyOperation(map, { op: 'removeCard', id: 'c1', cascade: true } as never),
      'invalid-operation',
    );
    expect(extra.message).toMatch(/^removeCard: invalid operation/);
    expect(extra.params.issues).toEqual([expect.objectContaining({ path: [] })]);
    expectOperationError(
      () => applyOperation(map, { op: 'renameStage', id: 'awareness', name: '' }),
      'invalid-operation',
    );
    expectOperationError(
      () => applyOperation(map, { op: 'addCard', lane: 'actions', stage: 'awareness', text: 't', id: 'a b' }),
      'invalid-operation',
    );
    expectOperationError(
      () => applyOperation(map, { op: 'addOpportunity', title: 't', impact: 6 }),
      'invalid-operation',
    );
    expectOperationError(
      () => applyOperation(map, { op: 'moveStage', id: 'awareness', index: 1.5 }),
      'invalid-operation',
    );
    expectOperationError(() => applyOperation(map, null as never), 'invalid-operation');
  });
});

describe('parseOperation', () => {
  it('returns a copy of a valid operation', () => {
    const op = { op: 'editCard', id: 'c1', sources: [{ title: 'GA4' }] };
    const parsed = parseOperation(op);
    expect(parsed).toEqual(op);
    expect(parsed).not.toBe(op);
  });
});

describe('applyOperations', () => {
  it('applies operations in order', () => {
    const map = applyOperations(frozenAnna(), [
      { op: 'addStage', name: 'Delivery', index: 3 },
      { op: 'addCard', lane: 'pains', stage: 'delivery', text: 'Курьер опоздал' },
      { op: 'addOpportunity', title: 'Окна доставки', stage: 'delivery', pains: ['c6'] },
      { op: 'setEmotion', stage: 'delivery', persona: 'anna', score: -2 },
    ]);
    expectValid(map);
    expect(map.stages.map((s) => s.id)).toEqual([
      'awareness',
      'consideration',
      'purchase',
      'delivery',
      'loyalty',
    ]);
    expect(map.opportunities[1]).toMatchObject({ id: 'o2', stage: 'delivery', pains: ['c6'] });
  });

  it('returns an equal new map for no operations', () => {
    const map = frozenAnna();
    expect(applyOperations(map, [])).toEqual(map);
  });

  it('reports the position of the failing operation and changes nothing', () => {
    const map = frozenAnna();
    const error = expectOperationError(
      () =>
        applyOperations(map, [
          { op: 'removeCard', id: 'c1' },
          { op: 'moveCard', id: 'c2', lane: 'actions', stage: 'purhcase' },
        ]),
      'unknown-stage',
    );
    expect(error.index).toBe(1);
    expect(error.op).toBe('moveCard');
    expect(error.message).toBe('moveCard: unknown stage "purhcase"');
    expect(map).toEqual(annaMap());
  });
});

describe('OperationError', () => {
  it('carries code, params, op and message, and is an Error', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'moveCard', id: 'c1', lane: 'actions', stage: 'purhcase' }),
      'unknown-stage',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OperationError');
    expect(error.params).toEqual({ id: 'purhcase' });
    expect(error.index).toBeUndefined();
    expect(OPERATION_ERROR_CODES).toContain(error.code);
  });

  it('keeps everything but the index in atIndex', () => {
    const error = new OperationError('unknown-card', { id: 'x' }, 'removeCard: unknown card "x"', {
      op: 'removeCard',
    });
    const indexed = error.atIndex(3);
    expect(indexed).toMatchObject({ code: 'unknown-card', params: { id: 'x' }, op: 'removeCard', index: 3 });
    expect(indexed.message).toBe(error.message);
    expect(error.index).toBeUndefined();
  });
});

describe('describeOperation', () => {
  it('describes every operation in one short line', () => {
    for (const name of OPERATION_NAMES) {
      const text = describeOperation(EXAMPLES[name]);
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThan(100);
      expect(text).not.toContain('\n');
    }
  });

  it('names what changes', () => {
    expect(describeOperation(EXAMPLES.moveCard)).toBe('move card c3 to pains × purchase');
    expect(describeOperation(EXAMPLES.addStage)).toBe('add stage "Доставка" at 3');
    expect(describeOperation(EXAMPLES.setEmotion)).toBe('set emotion of purchase for anna to -1');
    expect(describeOperation({ op: 'linkCardTouchpoint', card: 'c1', touchpoint: null })).toBe(
      'unlink card c1 from its touchpoint',
    );
    expect(describeOperation({ op: 'setMapField', field: 'description', value: null })).toBe(
      'remove map description',
    );
    expect(describeOperation({ op: 'addCard', lane: 'a', stage: 's', text: 'x'.repeat(100) })).toBe(
      `add card "${'x'.repeat(39)}…" to a × s`,
    );
  });
});

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An operation built from the current map; now and then it refers to something missing. */
function randomOperation(map: JourneyMap, next: () => number): Operation {
  const pick = <T>(items: readonly T[], fallback: T): T =>
    items[Math.floor(next() * items.length)] ?? fallback;
  const int = (max: number) => Math.floor(next() * (max + 1));
  const pickId = (items: readonly { id: string }[], fallback: string) =>
    next() < 0.03
      ? fallback
      : pick(
          items.map((item) => item.id),
          fallback,
        );
  const stage = pickId(map.stages, 'ghost-stage');
  const lane = pickId(map.lanes, 'ghost-lane');
  const card = pickId(map.cards, 'ghost-card');
  const touchpoint = pickId(map.touchpoints, 'ghost-tp');
  const opportunity = pickId(map.opportunities, 'ghost-o');
  const kpi = pickId(map.kpis, 'ghost-k');
  const persona = pick(map.personas, 'ghost-persona');
  const ops: Operation[] = [
    {
      op: 'addStage',
      name: pick(['Поиск', 'Delivery', '售后', 'Оплата'], 'x'),
      index: int(map.stages.length),
    },
    { op: 'renameStage', id: stage, name: 'Renamed' },
    { op: 'updateStage', id: stage, goal: next() < 0.5 ? null : 'goal' },
    { op: 'moveStage', id: stage, index: int(map.stages.length - 1) },
    { op: 'removeStage', id: stage },
    {
      op: 'addLane',
      type: pick(['pains', 'gains', 'text'] as const, 'text'),
      title: 'Lane',
      index: int(map.lanes.length),
    },
    { op: 'renameLane', id: lane, title: 'Renamed' },
    { op: 'moveLane', id: lane, index: int(map.lanes.length - 1) },
    { op: 'removeLane', id: lane },
    { op: 'addCard', lane, stage, text: 'card', evidence: 'reported' },
    { op: 'addCard', lane, stage, text: 'card', index: 0 },
    { op: 'editCard', id: card, text: 'edited', persona: next() < 0.5 ? persona : null },
    { op: 'moveCard', id: card, lane, stage },
    { op: 'moveCard', id: card, lane, stage, index: 0 },
    { op: 'removeCard', id: card },
    {
      op: 'setEmotion',
      stage,
      persona: next() < 0.5 ? persona : undefined,
      score: Math.round(next() * 8 - 4) / 2,
    },
    { op: 'removeEmotion', stage, persona },
    { op: 'addTouchpoint', name: 'Сайт', channel: 'website', kind: 'online', stage },
    { op: 'updateTouchpoint', id: touchpoint, stage: next() < 0.5 ? null : stage },
    { op: 'removeTouchpoint', id: touchpoint },
    { op: 'linkTouchpoint', touchpoint, stage },
    { op: 'linkCardTouchpoint', card, touchpoint: next() < 0.3 ? null : touchpoint },
    { op: 'addOpportunity', title: 'Idea', stage, pains: [card] },
    { op: 'updateOpportunity', id: opportunity, pains: [card], status: 'planned' },
    { op: 'removeOpportunity', id: opportunity },
    { op: 'addKpi', name: 'KPI', metric: 'nps', stage, touchpoint },
    { op: 'updateKpi', id: kpi, stage: null, touchpoint },
    { op: 'removeKpi', id: kpi },
    { op: 'setMapField', field: 'title', value: 'Title' },
    { op: 'addPersona', id: pick(['boris', 'vera'], 'boris') },
    { op: 'removePersona', id: persona },
  ];
  return pick(ops, { op: 'addPersona', id: 'fallback' });
}

describe('random sequences', () => {
  it.each([1, 2, 3, 42, 2025])('keep the map valid (seed %i)', (seed) => {
    const next = random(seed);
    let map = frozenAnna();
    let applied = 0;
    let refused = 0;
    for (let step = 0; step < 400; step++) {
      const op = randomOperation(map, next);
      try {
        const before = structuredClone(map);
        const result = applyOperation(map, op);
        expect(map).toEqual(before);
        map = result;
        applied++;
      } catch (error) {
        if (!(error instanceof OperationError)) throw error;
        refused++;
      }
      expectValid(map);
      map = step % 50 === 0 ? JourneyMap.parse(map) : map;
      // Freeze the current map too, so later operations would fail on any mutation.
      deepFreeze(map);
    }
    expect(applied).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(0);
  });
});
