import { describe, expect, it } from 'vitest';
import { Id } from '../schema/index.ts';
import { nextId, slugId, slugify } from './ids.ts';

describe('nextId', () => {
  it('continues after the highest number with the prefix', () => {
    expect(nextId('c', ['c1', 'c2', 'c3', 'c4', 'c5'])).toBe('c6');
    expect(nextId('c', ['c2', 'c10', 'x99'])).toBe('c11');
  });

  it('starts at 1 and ignores ids that only look alike', () => {
    expect(nextId('c', [])).toBe('c1');
    expect(nextId('c', ['card', 'c1a', 'cc3'])).toBe('c1');
    expect(nextId('tp-', ['tp-ad', 'tp-site'])).toBe('tp-1');
  });

  it('treats the prefix literally', () => {
    expect(nextId('a.', ['a.4', 'ab5'])).toBe('a.5');
  });

  it('is deterministic and never returns a taken id', () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(nextId('k', ids));
    expect(new Set(ids).size).toBe(50);
    expect(ids.slice(0, 3)).toEqual(['k1', 'k2', 'k3']);
    expect(nextId('k', ids)).toBe(nextId('k', [...ids]));
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII slugs and transliterates Cyrillic', () => {
    expect(slugify('Delivery & Returns')).toBe('delivery-returns');
    expect(slugify('Оформление заказа')).toBe('oformlenie-zakaza');
    expect(slugify('Осведомленность')).toBe('osvedomlennost');
    expect(slugify('Твой ёжик')).toBe('tvoy-ezhik');
    expect(slugify('Café  Crème!')).toBe('cafe-creme');
  });

  it('gives an empty slug for scripts it cannot spell', () => {
    expect(slugify('购买')).toBe('');
  });
});

describe('slugId', () => {
  it('uses the slug of the name when it is free', () => {
    expect(slugId('Delivery', ['awareness'])).toBe('delivery');
  });

  it('adds -2, -3 … when taken', () => {
    expect(slugId('Delivery', ['delivery'])).toBe('delivery-2');
    expect(slugId('Delivery', ['delivery', 'delivery-2'])).toBe('delivery-3');
  });

  it('falls back when the name gives no slug', () => {
    expect(slugId('交付', [], 'stage')).toBe('stage');
    expect(slugId('交付', ['stage'], 'stage')).toBe('stage-2');
    expect(slugId('!!!', [])).toBe('item');
  });

  it('always gives a valid, unique id', () => {
    const ids: string[] = [];
    for (const name of ['A', 'a', 'A!', '购买', '购买', 'x'.repeat(300), 'x'.repeat(300)]) {
      const id = slugId(name, ids, 'stage');
      expect(Id.safeParse(id).success).toBe(true);
      expect(ids).not.toContain(id);
      ids.push(id);
    }
    expect(ids).toEqual(['a', 'a-2', 'a-3', 'stage', 'stage-2', 'x'.repeat(48), `${'x'.repeat(48)}-2`]);
  });
});
