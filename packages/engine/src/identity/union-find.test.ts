import { describe, expect, it } from 'vitest';
import { CappedUnionFind } from './union-find.ts';

describe('CappedUnionFind', () => {
  it('joins sets and finds a common root', () => {
    const sets = new CappedUnionFind(new Uint8Array([0, 1, 2, 0]), [5, 5, 5]);
    expect(sets.union(0, 1)).toEqual({ kind: 'merged' });
    expect(sets.union(1, 2)).toEqual({ kind: 'merged' });
    expect(sets.union(0, 2)).toEqual({ kind: 'same' });
    expect(sets.find(2)).toBe(sets.find(0));
    expect(sets.find(3)).not.toBe(sets.find(0));
    expect(sets.setSize(1)).toBe(3);
  });

  it('refuses a union that would exceed the cap of a kind', () => {
    // ids 0..2 are e-mails (kind 1), id 3 a user id (kind 0); at most 2 e-mails per set.
    const sets = new CappedUnionFind(new Uint8Array([1, 1, 1, 0]), [5, 2]);
    expect(sets.union(3, 0)).toEqual({ kind: 'merged' });
    expect(sets.union(3, 1)).toEqual({ kind: 'merged' });
    expect(sets.union(3, 2)).toEqual({ kind: 'refused', type: 1 });
    expect(sets.setSize(3)).toBe(3);
    expect(sets.setSize(2)).toBe(1);
  });

  it('stays near-linear on a long chain of a million ids', () => {
    const n = 1_000_000;
    const sets = new CappedUnionFind(new Uint8Array(n), [n]);
    for (let i = 1; i < n; i++) sets.union(i - 1, i);
    expect(sets.setSize(0)).toBe(n);
    expect(sets.find(n - 1)).toBe(sets.find(0));
  });
});
