import { describe, expect, it } from 'vitest';
import { isolateBidi } from './bidi.ts';

describe('isolateBidi', () => {
  it('wraps a name holding a right-to-left override in an isolate', () => {
    expect(isolateBidi('Cart\u202E')).toBe('\u2068Cart\u202E\u2069');
    expect(`${isolateBidi('Cart\u202E')}: 120`.endsWith('\u2069: 120')).toBe(true);
  });

  it('leaves other names, Arabic and Hebrew included, as they are', () => {
    for (const name of ['Корзина', '购物车', 'سلة', 'Cart']) expect(isolateBidi(name)).toBe(name);
  });
});
