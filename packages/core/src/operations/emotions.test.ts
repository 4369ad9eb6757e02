import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('setEmotion', () => {
  it('updates the existing point of (stage, persona) and keeps its note', () => {
    const before = frozenAnna();
    const map = apply({ op: 'setEmotion', stage: 'consideration', persona: 'anna', score: -2 }, before);
    expect(map.emotions).toHaveLength(4);
    expect(map.emotions[1]).toEqual({
      stage: 'consideration',
      persona: 'anna',
      score: -2,
      note: 'Долго ищет нужную модель',
    });
    expect(map.emotions[0]).toBe(before.emotions[0]);
  });

  it('replaces or removes the note', () => {
    let map = apply({ op: 'setEmotion', stage: 'consideration', persona: 'anna', score: 0, note: 'Нашла' });
    expect(map.emotions[1]?.note).toBe('Нашла');
    map = apply({ op: 'setEmotion', stage: 'consideration', persona: 'anna', score: 0, note: null }, map);
    expect(map.emotions[1]).toEqual({ stage: 'consideration', persona: 'anna', score: 0 });
  });

  it('inserts a new point for the whole map or another persona', () => {
    let map = apply({ op: 'setEmotion', stage: 'purchase', score: 0.5, note: 'в среднем' });
    expect(map.emotions).toHaveLength(5);
    expect(map.emotions[4]).toEqual({ stage: 'purchase', score: 0.5, note: 'в среднем' });
    map = apply({ op: 'addPersona', id: 'boris' }, map);
    map = apply({ op: 'setEmotion', stage: 'purchase', persona: 'boris', score: -1 }, map);
    expect(map.emotions).toHaveLength(6);
    map = apply({ op: 'setEmotion', stage: 'purchase', score: 1 }, map);
    expect(map.emotions).toHaveLength(6);
    expect(map.emotions[4]).toEqual({ stage: 'purchase', score: 1, note: 'в среднем' });
  });

  it('accepts the bounds and rejects scores outside −2 … +2', () => {
    apply({ op: 'setEmotion', stage: 'purchase', score: -2 });
    apply({ op: 'setEmotion', stage: 'purchase', score: 2 });
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setEmotion', stage: 'purchase', score: 3 }),
      'score-out-of-range',
    );
    expect(error.params).toEqual({ score: 3, min: -2, max: 2 });
    expect(error.message).toBe('setEmotion: score 3 is outside -2…2');
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setEmotion', stage: 'purchase', score: -2.01 }),
      'score-out-of-range',
    );
  });

  it('refuses unknown stages and personas', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setEmotion', stage: 'x', score: 0 }),
      'unknown-stage',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setEmotion', stage: 'purchase', persona: 'boris', score: 0 }),
      'unknown-persona',
    );
  });
});

describe('removeEmotion', () => {
  it('removes the point of (stage, persona)', () => {
    const map = apply({ op: 'removeEmotion', stage: 'awareness', persona: 'anna' });
    expect(map.emotions.map((e) => e.stage)).toEqual(['consideration', 'purchase', 'loyalty']);
  });

  it('tells the whole-map point from persona points', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'removeEmotion', stage: 'awareness' }),
      'unknown-emotion',
    );
    expect(error.params).toEqual({ stage: 'awareness' });
    expect(error.message).toBe('removeEmotion: no emotion for stage "awareness" and the map');
    let map = apply({ op: 'setEmotion', stage: 'awareness', score: 0 });
    map = apply({ op: 'removeEmotion', stage: 'awareness' }, map);
    expect(map.emotions).toEqual(frozenAnna().emotions);
  });
});

describe('setEmotion score', () => {
  it('stores −0 as 0', () => {
    const map = apply({ op: 'setEmotion', stage: 'purchase', persona: 'anna', score: -0 });
    expect(Object.is(map.emotions[2]?.score, 0)).toBe(true);
  });
});
