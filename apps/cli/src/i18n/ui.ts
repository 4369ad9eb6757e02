import type { Language } from '@opencjm/core';
import { help as enHelp, type HelpTexts } from './en/help.ts';
import { messages as enMessages, type MessageTexts } from './en/messages.ts';
import { type NumberFormats, numberFormats } from './numbers.ts';
import { help as ruHelp } from './ru/help.ts';
import { messages as ruMessages } from './ru/messages.ts';
import { help as zhHelp } from './zh/help.ts';
import { messages as zhMessages } from './zh/messages.ts';

/** Every text the CLI shows, in one language: help texts and messages. */
export interface Texts extends MessageTexts {
  help: HelpTexts;
}

/** The languages the CLI speaks (a type-only import of core keeps start-up light). */
export const UI_LANGUAGES = ['ru', 'en', 'zh'] as const satisfies readonly Language[];

const TEXTS: Record<Language, Texts> = {
  en: { ...enMessages, help: enHelp },
  ru: { ...ruMessages, help: ruHelp },
  zh: { ...zhMessages, help: zhHelp },
};

/** The language a command speaks, its texts and its number formats. */
export interface Ui {
  readonly lang: Language;
  readonly t: Texts;
  readonly fmt: NumberFormats;
}

export function isLanguage(value: string | undefined): value is Language {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The texts and formats of `lang`. */
export function createUi(lang: Language): Ui {
  return { lang, t: TEXTS[lang], fmt: numberFormats(lang) };
}

/**
 * The language to speak: the first `--lang ru|en|zh` of the command line (any command's:
 * `cjm new --lang ru` makes a Russian map and speaks Russian), else the locale — the first
 * set of LC_ALL, LC_MESSAGES, LANG, as POSIX orders them — when it is Russian or Chinese,
 * else English.
 */
export function uiLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLanguage(value)) return value;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const code = locale?.toLowerCase().slice(0, 2);
  return isLanguage(code) ? code : 'en';
}
