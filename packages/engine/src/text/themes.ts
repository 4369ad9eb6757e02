import { clausesOf } from './clauses.ts';
import { lexicon } from './lexicon/index.ts';
import { analyzeSentiment } from './sentiment.ts';
import { fillerWords, stopwordsFor } from './stopwords.ts';
import { type Token, tokenize } from './tokenize.ts';
import type { LangOption, SentimentLabel } from './types.ts';

/** One text to mine for themes; `key` groups texts, e.g. by touchpoint or stage id. */
export interface ThemeItem {
  text: string;
  key?: string;
}

/** A key phrase shared by several texts of one polarity. */
export interface Theme {
  /** Readable form: the most frequent surface spelling of the phrase. */
  phrase: string;
  /** Number of texts (not occurrences) that contain it. */
  count: number;
  /** Up to three of those texts, in input order. */
  examples: string[];
}

/** The themes of one key's negative and positive texts, most frequent first. */
export interface ThemeGroup {
  key: string;
  /** Texts under this key, of every polarity. */
  total: number;
  negative: Theme[];
  positive: Theme[];
}

/** Options of {@link extractThemes}. */
export interface ThemeOptions {
  lang?: LangOption;
  /** A phrase must occur in at least this many texts of one polarity (default 2). */
  minCount?: number;
  /** At most this many themes per polarity and key (default 10). */
  limit?: number;
  /** Key of items that have none (default `all`). */
  defaultKey?: string;
}

interface Tally {
  count: number;
  words: number;
  surfaces: Map<string, number>;
  examples: string[];
}

/**
 * Finds what customers praise and complain about, per key: 1–3-word phrases of content
 * words (stop words, greetings and punctuation split phrases, words are matched by stem or
 * jieba word), counted as praise or complaint by the sentiment of the clause they stand in
 * ({@link clausesOf}; a neutral clause takes the text's sentiment), so "доставка быстрая,
 * но курьер грубил" praises "доставка быстрая" and complains of "курьер грубил". A shorter
 * phrase is dropped when a longer one containing it is as frequent ("battery" inside
 * "battery life").
 * @example extractThemes([{ text: 'Курьер опоздал', key: 'delivery' }, …])
 */
export function extractThemes(items: readonly ThemeItem[], options: ThemeOptions = {}): ThemeGroup[] {
  const { minCount = 2, limit = 10, defaultKey = 'all' } = options;
  const groups = new Map<
    string,
    { total: number; negative: Map<string, Tally>; positive: Map<string, Tally> }
  >();
  for (const item of items) {
    const key = item.key ?? defaultKey;
    let group = groups.get(key);
    if (!group) {
      group = { total: 0, negative: new Map(), positive: new Map() };
      groups.set(key, group);
    }
    group.total++;
    const sentiment = analyzeSentiment(item.text, { lang: options.lang ?? 'auto' });
    if (sentiment.lang === 'und') continue;
    for (const [polarity, found] of phrasesByPolarity(item.text, sentiment.lang, sentiment.label)) {
      const tallies = group[polarity];
      for (const phrase of found) {
        let tally = tallies.get(phrase.key);
        if (!tally) {
          tally = { count: 0, words: phrase.words, surfaces: new Map(), examples: [] };
          tallies.set(phrase.key, tally);
        }
        tally.count++;
        tally.surfaces.set(phrase.surface, (tally.surfaces.get(phrase.surface) ?? 0) + 1);
        // three different texts: customers often send the same words twice
        if (tally.examples.length < 3 && !tally.examples.includes(item.text)) tally.examples.push(item.text);
      }
    }
  }
  return [...groups].map(([key, group]) => ({
    key,
    total: group.total,
    negative: top(group.negative, minCount, limit),
    positive: top(group.positive, minCount, limit),
  }));
}

interface Phrase {
  key: string;
  surface: string;
  words: number;
}

/** The distinct phrases of one text that it praises and that it complains of. */
function phrasesByPolarity(
  text: string,
  lang: 'ru' | 'en' | 'zh',
  textLabel: SentimentLabel,
): Map<'negative' | 'positive', Phrase[]> {
  const byPolarity = new Map<'negative' | 'positive', Map<string, Phrase>>();
  const clauses = clausesOf(text, lang);
  for (const clause of clauses) {
    const own = clauses.length === 1 ? textLabel : analyzeSentiment(clause.text, { lang }).label;
    const polarity = own === 'neutral' ? textLabel : own;
    if (polarity === 'neutral') continue;
    let found = byPolarity.get(polarity);
    if (!found) {
      found = new Map();
      byPolarity.set(polarity, found);
    }
    for (const phrase of phrases(clause.text, lang))
      if (!found.has(phrase.key)) found.set(phrase.key, phrase);
  }
  return new Map([...byPolarity].map(([polarity, found]) => [polarity, [...found.values()]]));
}

/** Distinct 1–3-word phrases of one text or clause. */
function phrases(text: string, lang: 'ru' | 'en' | 'zh'): Phrase[] {
  const stop = stopwordsFor(lang);
  const skip = skippedWords(lang);
  const joiner = lang === 'zh' ? '' : ' ';
  const runs: Token[][] = [[]];
  let previous: Token | undefined;
  for (const token of tokenize(text, lang)) {
    const word = !token.isBreak && /\p{L}/u.test(token.norm);
    // Names, fillers and intensifiers are left out but do not cut a phrase: "курьер Иван
    // опоздал", "доставка типа очень долгая" → "курьер опоздал", "доставка долгая".
    const skipped = word && (isName(token, previous, lang) || skip.has(token.norm) || skip.has(token.key));
    const content = word && !skipped && !stop.has(token.norm);
    previous = token;
    if (content) runs[runs.length - 1]?.push(token);
    else if (!skipped && runs[runs.length - 1]?.length) runs.push([]);
  }
  const negators = lexicon(lang).negators;
  const found = new Map<string, Phrase>();
  for (const run of runs)
    for (let n = 1; n <= 3; n++)
      for (let i = 0; i + n <= run.length; i++) {
        const words = run.slice(i, i + n);
        // A negator belongs to what follows it: "не" alone or "работает не" is no theme.
        if (negators.has(words[n - 1]?.norm ?? '')) continue;
        const key = words.map((t) => t.key).join(' ');
        if (!found.has(key))
          found.set(key, { key, surface: words.map((t) => t.norm).join(joiner), words: n });
      }
  return [...found.values()];
}

const skipCache = new Map<'ru' | 'en' | 'zh', ReadonlySet<string>>();

/**
 * Words a phrase passes over: filler words, and in Russian and English the intensifiers
 * and diminishers of the lexicon ("очень", "very", "a bit"), which grade a complaint but do
 * not name it. Chinese keeps its degree words ("太慢"), which jieba often joins to the word.
 */
function skippedWords(lang: 'ru' | 'en' | 'zh'): ReadonlySet<string> {
  let set = skipCache.get(lang);
  if (!set) {
    const lex = lexicon(lang);
    set = new Set([
      ...fillerWords(lang),
      ...(lang === 'zh' ? [] : [...lex.intensifiers, ...lex.diminishers]),
    ]);
    skipCache.set(lang, set);
  }
  return set;
}

/**
 * Product, brand and people's names are what a theme is about, not what customers say of
 * it: a word with a digit ("X1", "14s"), a Latin word in a Russian or Chinese text
 * ("ThinkPad"), or a capitalised word inside a sentence ("the Lenovo charger", "курьер
 * Иван", "заказ в Эльдорадо"), as English and Russian capitalise only names there.
 */
function isName(token: Token, previous: Token | undefined, lang: 'ru' | 'en' | 'zh'): boolean {
  if (/\p{N}/u.test(token.norm)) return true;
  if (lang === 'zh') return /\p{Script=Latin}/u.test(token.norm);
  if (lang === 'ru' && /\p{Script=Latin}/u.test(token.norm)) return true;
  const sentenceStart = previous === undefined || /^[.!?…]$/u.test(previous.norm);
  return !sentenceStart && /^\p{Lu}/u.test(token.surface) && token.surface !== 'I';
}

function top(tallies: Map<string, Tally>, minCount: number, limit: number): Theme[] {
  const ranked = [...tallies]
    .filter(([, t]) => t.count >= minCount)
    .sort(([, a], [, b]) => b.count - a.count || b.words - a.words);
  const kept: [string, Tally][] = [];
  for (const [key, tally] of ranked) {
    const subsumed = kept.some(([longer, t]) => t.count >= tally.count && ` ${longer} `.includes(` ${key} `));
    if (!subsumed) kept.push([key, tally]);
    if (kept.length === limit) break;
  }
  return kept.map(([, t]) => ({ phrase: mostFrequent(t.surfaces), count: t.count, examples: t.examples }));
}

function mostFrequent(surfaces: Map<string, number>): string {
  let best = '';
  let bestN = 0;
  for (const [surface, n] of surfaces) if (n > bestN) [best, bestN] = [surface, n];
  return best;
}
