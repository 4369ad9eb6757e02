import { useCallback } from 'react';
import { useLanguage } from './language-store.ts';
import { type TFunction, translate } from './translate.ts';

/** The translate function in the current interface language; components re-render when it changes. */
export function useT(): TFunction {
  const lang = useLanguage((state) => state.lang);
  return useCallback<TFunction>((key, params) => translate(lang, key, params), [lang]);
}
