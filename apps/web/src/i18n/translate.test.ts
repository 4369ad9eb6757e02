import { describe, expect, it } from 'vitest';
import { en, type TKey } from './en.ts';
import { errorText } from './error-text.ts';
import { initialLanguage } from './language-store.ts';
import { ru } from './ru.ts';
import { isTKey, translate } from './translate.ts';
import { zh } from './zh.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([\w.-]+)\}/g)].map((m) => m[1]).sort();

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'editor.renameStage', { name: 'Purchase' })).toBe('Rename stage Purchase');
    expect(translate('ru', 'editor.renameStage', { name: 'Покупка' })).toBe('Переименовать этап Покупка');
    expect(translate('en', 'editor.renameStage')).toBe('Rename stage {name}');
  });

  it('tells keys from other strings', () => {
    expect(isTKey('error.not-found')).toBe(true);
    expect(isTKey('error.no-such-code')).toBe(false);
    expect(isTKey('toString')).toBe(false);
  });

  it('has every key in every language, non-empty, with the same placeholders as English', () => {
    const keys = Object.keys(en) as TKey[];
    for (const [name, dictionary] of Object.entries({ ru, zh })) {
      expect(Object.keys(dictionary).sort(), name).toEqual([...keys].sort());
      for (const key of keys) {
        expect(dictionary[key].trim(), `${name} ${key}`).not.toBe('');
        expect(placeholders(dictionary[key]), `${name} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
});

describe('errorText', () => {
  const t = (key: TKey, params?: Readonly<Record<string, string | number>>) => translate('ru', key, params);

  it('translates API and operation error codes with their parameters', () => {
    expect(errorText(t, { code: 'not-found' })).toBe('Не найдено.');
    expect(errorText(t, { code: 'unknown-stage', params: { id: 'purhcase' } })).toBe(
      'Неизвестный этап purhcase.',
    );
  });

  it('names a code it does not know', () => {
    expect(errorText(t, { code: 'teapot' })).toBe('Что-то пошло не так (teapot).');
  });
});

describe('initialLanguage', () => {
  it('prefers the remembered choice, then the browser languages, then English', () => {
    expect(initialLanguage('zh', ['ru-RU'])).toBe('zh');
    expect(initialLanguage(null, ['de-DE', 'ru-RU'])).toBe('ru');
    expect(initialLanguage('xx', ['zh-Hans-CN'])).toBe('zh');
    expect(initialLanguage(null, ['de'])).toBe('en');
  });
});
