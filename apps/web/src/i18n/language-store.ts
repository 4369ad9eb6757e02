import { LANGUAGES, type Language } from '@opencjm/core';
import { create } from 'zustand';

/** localStorage key under which the chosen interface language is remembered per browser. */
export const LANGUAGE_STORAGE_KEY = 'opencjm.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first interface language: the remembered one, else the browser's (ru, zh or en), else English.
 * @example initialLanguage('zh', ['ru-RU']) // 'zh'
 */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

interface LanguageState {
  lang: Language;
  setLang: (lang: Language) => void;
}

/** The interface language, remembered in localStorage. */
export const useLanguage = create<LanguageState>((set) => ({
  lang: initialLanguage(readStored(), globalThis.navigator?.languages ?? []),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    if (globalThis.document) globalThis.document.documentElement.lang = lang;
    set({ lang });
  },
}));
