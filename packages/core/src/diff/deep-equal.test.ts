import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal.ts';

describe('deepEqual', () => {
  it('compares primitives', () => {
    expect(deepEqual(1, 1)).toBe(true);
    expect(deepEqual('a', 'b')).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual(undefined, null)).toBe(false);
    expect(deepEqual(0, '0')).toBe(false);
  });

  it('compares arrays element by element', () => {
    expect(deepEqual(['c3'], ['c3'])).toBe(true);
    expect(deepEqual(['c3'], ['c3', 'c4'])).toBe(false);
    expect(deepEqual(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });

  it('compares nested objects, treating undefined keys as absent', () => {
    expect(
      deepEqual({ event: ['a', 'b'], properties: { x: 1 } }, { properties: { x: 1 }, event: ['a', 'b'] }),
    ).toBe(true);
    expect(deepEqual({ event: 'a', url: undefined }, { event: 'a' })).toBe(true);
    expect(deepEqual({ title: 'S', url: 'u' }, { title: 'S' })).toBe(false);
    expect(deepEqual({ properties: { x: 1 } }, { properties: { x: 2 } })).toBe(false);
  });
});
