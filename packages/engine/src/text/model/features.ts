import { lexicon } from '../lexicon/index.ts';
import { lexiconScore } from '../lexicon-sentiment.ts';
import type { Token } from '../tokenize.ts';
import { fnv1a } from './hash.ts';

/** A text as the classifier sees it: hashed sparse features plus the lexicon score. */
export interface FeatureVector {
  /** Bucket of each sparse feature (repeats allowed: a repeated n-gram counts twice). */
  ids: Uint32Array;
  /** Value shared by every sparse feature: 1/√n, so long and short texts weigh alike. */
  value: number;
  /** The lexicon-and-rules score of the text, −1…+1 (a dense feature with its own weight). */
  lexicon: number;
}

/** How far after a negator ("не", "not", "不") words are marked negated. */
const NEGATION_SCOPE = 3;
const HAN = /\p{Script=Han}/u;

/**
 * Features of one tokenised text for a hashed linear model, in the manner of fastText and
 * Vowpal Wabbit: word keys (stems for ru/en, jieba words for zh), marked `!` when a
 * negator precedes them in the same clause; word bigrams; character 3- and 4-grams of each
 * ru/en word (inflections and typos share them; negated words' marked too), or Chinese character 1- and 2-grams
 * (segmentation errors share them); and the lexicon score as a dense feature.
 * Every string feature is hashed into `2^bits` buckets.
 */
export function featuresOf(
  text: string,
  tokens: readonly Token[],
  lang: 'ru' | 'en' | 'zh',
  bits: number,
  lexiconValue = lexiconScore(text, tokens as Token[], lang),
): FeatureVector {
  const mask = (1 << bits) - 1;
  const ids: number[] = [];
  const add = (feature: string) => ids.push(fnv1a(feature) & mask);
  const negators = lexicon(lang).negators;
  let negatedFor = 0;
  let previous = '^';
  for (const token of tokens) {
    if (token.isBreak) {
      negatedFor = 0;
      add(`b${previous}|${token.key}`);
      previous = token.key;
      continue;
    }
    const negated = negatedFor > 0;
    add(negated ? `!${token.key}` : `w${token.key}`);
    add(`b${previous}|${token.key}`);
    previous = token.key;
    if (lang !== 'zh' || !HAN.test(token.norm)) addCharGrams(token.norm, negated ? '!' : 'c', add);
    negatedFor = Math.max(0, negatedFor - 1);
    if (negators.has(token.key) || negators.has(token.norm) || token.norm.endsWith("n't"))
      negatedFor = NEGATION_SCOPE;
  }
  add(`b${previous}|$`);
  if (lang === 'zh') addHanGrams(text, add);
  const value = ids.length === 0 ? 0 : 1 / Math.sqrt(ids.length);
  return { ids: Uint32Array.from(ids), value, lexicon: lexiconValue };
}

function addCharGrams(word: string, prefix: string, add: (feature: string) => void): void {
  if (word.length < 3) return;
  const padded = `<${word}>`;
  for (let n = 3; n <= 4; n++)
    for (let i = 0; i + n <= padded.length; i++) add(`${prefix}${padded.slice(i, i + n)}`);
}

function addHanGrams(text: string, add: (feature: string) => void): void {
  let run = '';
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      add(`h${run[i]}`);
      if (i + 1 < run.length) add(`h${run.slice(i, i + 2)}`);
    }
    run = '';
  };
  for (const ch of text) {
    if (HAN.test(ch)) run += ch;
    else flush();
  }
  flush();
}
