import { keyOf, lexicon } from './lexicon/index.ts';
import { segmentZh } from './segment-zh.ts';
import type { TextLang } from './types.ts';

/** One token of a text: `norm` is the lower-cased surface, `key` the lexicon key (stem for ru/en). */
export interface Token {
  readonly surface: string;
  readonly norm: string;
  readonly key: string;
  /** Punctuation that ends a clause; negation and intensifiers do not reach across it. */
  readonly isBreak: boolean;
}

const WORD =
  /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|:-?[()]|\p{Extended_Pictographic}|[.,!?;:…—–()"«»。，！？；：、]/gu;
const BREAK = /^[.,!?;:…—–()"«»。，！？；：、]$/u;
const HAN_RUN = /\p{Script=Han}+/u;

/**
 * Splits a text into tokens for one language: jieba words for Chinese (with
 * modifiers split off sentiment words, see {@link splitZh}), letter runs for
 * Russian and English, keeping "don't" and "чат-бот" whole.
 * @example tokenize('Не понравилось!', 'ru').map((t) => t.key) // ['не', 'понрав', '!']
 */
export function tokenize(text: string, lang: TextLang): Token[] {
  const result: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    if (lang === 'zh' && HAN_RUN.test(surface)) {
      for (const word of segmentZh(surface))
        for (const part of splitZhCached(word)) result.push(token(part, lang));
    } else result.push(token(surface, lang === 'zh' ? 'und' : lang));
  }
  return result;
}

function splitZhCached(word: string): string[] {
  let parts = splits.get(word);
  if (!parts) {
    if (splits.size >= CACHE_LIMIT) splits.clear();
    parts = splitZh(word);
    splits.set(word, parts);
  }
  return parts;
}

/** Tokens are immutable and feedback vocabulary repeats: one object per (language, surface). */
const tokens = new Map<string, Token>();
const splits = new Map<string, string[]>();
/** Past this many entries a cache starts over, so odd input cannot grow it without end. */
const CACHE_LIMIT = 200_000;

function token(surface: string, lang: TextLang): Token {
  const cacheKey = `${lang}\u0000${surface}`;
  let cached = tokens.get(cacheKey);
  if (!cached) {
    if (tokens.size >= CACHE_LIMIT) tokens.clear();
    cached = makeToken(surface, lang);
    tokens.set(cacheKey, cached);
  }
  return cached;
}

function makeToken(surface: string, lang: TextLang): Token {
  const norm = surface.toLowerCase().replaceAll('’', "'").replaceAll('ё', 'е');
  const isBreak = BREAK.test(norm);
  return { surface, norm, key: isBreak || !/\p{L}/u.test(norm) ? norm : keyOf(norm, lang), isBreak };
}

// Prefixes and suffixes jieba keeps inside one word ("太慢", "很好", "坏了"), longest first.
const ZH_PREFIXES = [
  '不是很',
  '没有人',
  '非常',
  '特别',
  '有点',
  '不太',
  '超级',
  '没有',
  '没人',
  '太',
  '很',
  '超',
  '真',
  '挺',
  '不',
  '没',
  '最',
  '好',
];
const ZH_SUFFIXES = ['极了', '死了', '了', '的', '啊', '呀', '吧'];

/**
 * Splits one jieba word into modifier + sentiment word when jieba glued them and the
 * lexicon has no entry for the whole ("太慢了" → 太 + 慢 + 了), so negation and
 * intensifier rules see the parts. Words the lexicon knows stay whole.
 */
export function splitZh(word: string): string[] {
  const lex = lexicon('zh');
  const known = (w: string) =>
    lex.valence.has(w) || lex.negators.has(w) || lex.intensifiers.has(w) || lex.diminishers.has(w);
  if (word.length < 2 || known(word)) return [word];
  for (const prefix of ZH_PREFIXES) {
    if (!word.startsWith(prefix) || word.length === prefix.length) continue;
    const rest = splitZh(word.slice(prefix.length));
    if (rest.some((part) => lex.valence.has(part))) return [...splitPrefix(prefix), ...rest];
  }
  for (const suffix of ZH_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const rest = splitZh(word.slice(0, -suffix.length));
    if (rest.some((part) => lex.valence.has(part))) return [...rest, suffix];
  }
  return [word];
}

function splitPrefix(prefix: string): string[] {
  if (prefix === '不太') return ['不', '太'];
  if (prefix === '不是很') return ['不是', '很'];
  return [prefix];
}
