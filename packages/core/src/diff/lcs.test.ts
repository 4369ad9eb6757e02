import { describe, expect, it } from 'vitest';
import { movedIds } from './lcs.ts';

describe('movedIds', () => {
  it('finds nothing when the order is kept', () => {
    expect(movedIds(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual(new Set());
  });

  it('ignores inserted and removed ids', () => {
    expect(movedIds(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual(new Set());
    expect(movedIds(['a', 'b', 'c'], ['a', 'c'])).toEqual(new Set());
  });

  it('reports only the id that jumped', () => {
    expect(movedIds(['a', 'b', 'c', 'd'], ['a', 'd', 'b', 'c'])).toEqual(new Set(['d']));
    expect(movedIds(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])).toEqual(new Set(['a']));
  });

  it('reports one of two swapped neighbours, deterministically', () => {
    expect(movedIds(['a', 'b'], ['b', 'a'])).toEqual(new Set(['b']));
  });

  it('reports both ends of a distant swap', () => {
    expect(movedIds(['a', 'b', 'c', 'd'], ['d', 'b', 'c', 'a'])).toEqual(new Set(['a', 'd']));
  });
});
