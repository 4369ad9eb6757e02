import type { Language } from '@opencjm/core';
import { en, type TKey } from './en.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { TKey } from './en.ts';

/** Values put into a message's `{name}` placeholders. */
export type TParams = Readonly<Record<string, string | number>>;

/** The translate function components get from `useT()`. */
export type TFunction = (key: TKey, params?: TParams) => string;

const DICTIONARIES: Readonly<Record<Language, Readonly<Record<TKey, string>>>> = { en, ru, zh };

/** Whether a string is a translation key (e.g. one built from an API error code). */
export function isTKey(key: string): key is TKey {
  return Object.hasOwn(en, key);
}

/**
 * The message `key` in `lang`, with `{name}` placeholders replaced by `params`; a
 * placeholder without a value stays as it is, so a missing parameter is visible.
 * @example translate('en', 'editor.renameStage', { name: 'Purchase' }) // 'Rename stage Purchase'
 */
export function translate(lang: Language, key: TKey, params?: TParams): string {
  const message = DICTIONARIES[lang][key];
  if (!params) return message;
  return message.replace(/\{([\w.-]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
