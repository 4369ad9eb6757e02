import { describe, expect, it } from 'vitest';
import { limitDepth } from './limit-depth.ts';

describe('limitDepth', () => {
  it('keeps values within the depth as they are', () => {
    const value = { a: [1, { b: 'x' }], c: null };
    expect(limitDepth(value)).toEqual(value);
  });

  it('shows what is nested deeper as the start of its text', () => {
    expect(limitDepth({ a: { b: { c: 1 } } }, 1)).toEqual({ a: '{"b":{"c":1}}' });
  });

  it('makes 100,000 levels serialisable', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const limited = limitDepth(deep);
    const text = JSON.stringify(limited);
    expect(text.length).toBeLessThan(400);
    expect(text).toContain('…');
  });
});
