import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('addPersona', () => {
  it('adds a persona id', () => {
    expect(apply({ op: 'addPersona', id: 'boris' }).personas).toEqual(['anna', 'boris']);
  });

  it('refuses a persona already on the map', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'addPersona', id: 'anna' }),
      'duplicate-id',
    );
    expect(error.message).toBe('addPersona: a persona with id "anna" already exists');
  });
});

describe('removePersona', () => {
  it('removes the persona with its emotions and unsets it on cards', () => {
    let map = apply({ op: 'addPersona', id: 'boris' });
    map = apply({ op: 'setEmotion', stage: 'purchase', persona: 'boris', score: -1 }, map);
    map = apply({ op: 'setEmotion', stage: 'purchase', score: 0 }, map);
    map = apply({ op: 'editCard', id: 'c4', persona: 'anna' }, map);
    map = apply({ op: 'removePersona', id: 'anna' }, map);
    expect(map.personas).toEqual(['boris']);
    expect(map.emotions).toEqual([
      { stage: 'purchase', persona: 'boris', score: -1 },
      { stage: 'purchase', score: 0 },
    ]);
    expect(map.cards[3]).not.toHaveProperty('persona');
  });

  it('refuses an unknown persona', () => {
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'removePersona', id: 'boris' }),
      'unknown-persona',
    );
  });
});
