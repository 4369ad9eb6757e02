import { describe, expect, it } from 'vitest';
import { readRejected, rejectedKey, writeRejected } from './rejected-pains.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('rejected findings', () => {
  it('are remembered per map and forgotten when none are left', () => {
    const storage = memoryStorage();
    writeRejected(storage, 'laptop', ['loop|purchase|tp-checkout']);
    expect(readRejected(storage, 'laptop')).toEqual(['loop|purchase|tp-checkout']);
    expect(readRejected(storage, 'other')).toEqual([]);
    writeRejected(storage, 'laptop', []);
    expect(storage.items.has(rejectedKey('laptop'))).toBe(false);
  });

  it('ignores what is not a list of strings', () => {
    const storage = memoryStorage();
    storage.setItem(rejectedKey('laptop'), '{"oops":1}');
    expect(readRejected(storage, 'laptop')).toEqual([]);
    storage.setItem(rejectedKey('laptop'), 'not json');
    expect(readRejected(storage, 'laptop')).toEqual([]);
    storage.setItem(rejectedKey('laptop'), '["a",2]');
    expect(readRejected(storage, 'laptop')).toEqual(['a']);
  });
});
