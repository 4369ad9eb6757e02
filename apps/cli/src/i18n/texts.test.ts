import { describe, expect, it } from 'vitest';
import { createUi } from './ui.ts';

/** Every key path of a dictionary, functions as leaves. */
function keys(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [at];
  return Object.entries(value).flatMap(([k, v]) => keys(v, at ? `${at}.${k}` : k));
}

describe('CLI texts', () => {
  it('has the same keys in Russian, English and Chinese (the type system checks it at build time too)', () => {
    const en = keys(createUi('en').t).sort();
    expect(keys(createUi('ru').t).sort()).toEqual(en);
    expect(keys(createUi('zh').t).sort()).toEqual(en);
  });

  it('has a translation, not a copy of the English, for every plain text', () => {
    const [en, ru, zh] = (['en', 'ru', 'zh'] as const).map((l) => createUi(l).t);
    const copies = (other: unknown) =>
      keys(en).filter((path) => {
        const get = (o: unknown) =>
          path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);
        const a = get(en);
        // Texts that are the same in every language: NPS, n, p, choices lists, the error prefix.
        return typeof a === 'string' && /[a-z]{4,}/.test(a) && a === get(other);
      });
    expect(copies(ru)).toEqual([]);
    expect(copies(zh)).toEqual([]);
  });
});
