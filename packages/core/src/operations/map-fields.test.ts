import { describe, expect, it } from 'vitest';
import { applyOperation } from './apply.ts';
import { apply, expectOperationError, frozenAnna } from './test-helpers.ts';

describe('setMapField', () => {
  it('sets title, type, process and language', () => {
    const before = frozenAnna();
    let map = apply({ op: 'setMapField', field: 'title', value: 'Laptop purchase' }, before);
    map = apply({ op: 'setMapField', field: 'type', value: 'future' }, map);
    map = apply({ op: 'setMapField', field: 'process', value: 'Подписка' }, map);
    map = apply({ op: 'setMapField', field: 'language', value: 'en' }, map);
    expect(map).toMatchObject({
      title: 'Laptop purchase',
      type: 'future',
      process: 'Подписка',
      language: 'en',
    });
    expect(map.stages).toBe(before.stages);
    expect(map.cards).toBe(before.cards);
  });

  it('sets and removes the description', () => {
    let map = apply({ op: 'setMapField', field: 'description', value: 'Путь Анны' });
    expect(map.description).toBe('Путь Анны');
    map = apply({ op: 'setMapField', field: 'description', value: null }, map);
    expect(map).not.toHaveProperty('description');
  });

  it('checks the value against the field', () => {
    const error = expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setMapField', field: 'language', value: 'de' } as never),
      'invalid-operation',
    );
    expect(error.op).toBe('setMapField');
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setMapField', field: 'title', value: '' }),
      'invalid-operation',
    );
    expectOperationError(
      () => applyOperation(frozenAnna(), { op: 'setMapField', field: 'id', value: 'x' } as never),
      'invalid-operation',
    );
  });
});
