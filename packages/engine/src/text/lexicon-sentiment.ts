import { detectLanguage } from './detect-language.ts';
import { type Lexicon, lexicon } from './lexicon/index.ts';
import { type Token, tokenize } from './tokenize.ts';
import type { LangOption, Sentiment, SentimentLabel, TextLang } from './types.ts';

/** |score| at or above which a text is positive or negative rather than neutral. */
export const LABEL_THRESHOLD = 0.3;
/** Squashing constant: a lone +2 word ("good") scores 2/√(4+α) ≈ 0.76. */
const ALPHA = 3;
/** How far back (in tokens, within the clause) a negator or intensifier reaches. */
const SCOPE = 3;
const INTENSIFY = 1.5;
const DIMINISH = 0.6;
/** Weights of the clauses before and after the last "but"; a concessive clause counts half. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Questions mostly ask rather than judge ("Can I return a broken laptop?"). */
export const QUESTION = 0.4;

/**
 * Scores the sentiment of one customer text from −1 to +1 with a lexicon and rules in the
 * manner of VADER: each sentiment word's valence is flipped by a negator before it ("не
 * понравилось", "not good", "不好"; a negated complaint only half-flips: "not bad" is mildly
 * positive), scaled by intensifiers ("очень", "very", "太") and diminishers, and the
 * clause after the last contrast word ("но", "but", "但是") outweighs the one before.
 * This was OpenCJM's first sentiment model; the trained classifiers (`model/`) use its score
 * as one of their features, and `npm run eval:sentiment` reports it next to them.
 * @example analyzeSentimentLexicon('Доставка долгая, но курьер очень вежливый').label // 'positive'
 */
export function analyzeSentimentLexicon(text: string, options: { lang?: LangOption } = {}): Sentiment {
  const option = options.lang ?? 'auto';
  const lang: TextLang = option === 'auto' ? detectLanguage(text) : option;
  const score = lang === 'und' ? emojiOnlyScore(text) : lexiconScore(text, tokenize(text, lang), lang);
  return { text, lang, score, label: labelOf(score) };
}

/** Buckets a score into a label with {@link LABEL_THRESHOLD}. */
export function labelOf(score: number): SentimentLabel {
  if (score >= LABEL_THRESHOLD) return 'positive';
  if (score <= -LABEL_THRESHOLD) return 'negative';
  return 'neutral';
}

/** Scores emoji and emoticons alone (texts in no known language): "👍", ":(". */
export function emojiOnlyScore(text: string): number {
  return lexiconScore(text, tokenize(text, 'und'), 'en');
}

/** The lexicon-and-rules score (−1…+1) of a text already split into `tokens`. */
export function lexiconScore(text: string, tokens: Token[], lang: 'ru' | 'en' | 'zh'): number {
  const lex = lexicon(lang);
  const has = (set: ReadonlySet<string>, t: Token | undefined) =>
    t !== undefined && (set.has(t.norm) || set.has(t.key));
  const isNegator = (t: Token | undefined) =>
    has(lex.negators, t) || (lang === 'en' && t !== undefined && t.norm.endsWith("n't"));
  let lastContrast = -1;
  tokens.forEach((t, i) => {
    if (has(lex.contrast, t)) lastContrast = i;
  });

  let sum = 0;
  let concessive = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.isBreak) concessive = false;
    if (has(lex.concessive, t)) concessive = true;
    let span = 1;
    let value = phraseValence(tokens, i, lex, lang);
    if (value !== undefined) span = 2;
    else value = lex.valence.get(t.key) ?? lex.valence.get(t.norm);
    if (value === undefined || value === 0) continue;

    let negated = false;
    let notVery = false;
    let factor = 1;
    let resolved = false;
    for (let j = i - 1; j >= 0 && j >= i - SCOPE; j--) {
      const before = tokens[j] as Token;
      if (before.isBreak || has(lex.contrast, before)) break;
      if (isNegator(before)) {
        if (factor > 1 && !negated) notVery = true;
        negated = true;
      } else if (has(lex.intensifiers, before)) factor *= INTENSIFY;
      else if (has(lex.diminishers, before)) factor *= DIMINISH;
      else if (has(lex.resolvers, before)) resolved = true;
    }
    // "Неисправную зарядку заменили": the resolver may also follow the trouble it fixed.
    for (let j = i + span; j < tokens.length && j < i + span + SCOPE; j++) {
      const after = tokens[j] as Token;
      if (after.isBreak) break;
      if (has(lex.resolvers, after)) resolved = true;
    }
    if (lang === 'zh') {
      // Chinese also intensifies and negates after the word: "发热严重", "问题都没有".
      const next = tokens[i + span];
      if (has(lex.intensifiers, next)) factor *= INTENSIFY;
      if (!negated && postNegated(tokens, i + span, isNegator)) negated = true;
    }

    if (notVery) value = value > 0 ? -0.6 * value : -0.3 * value;
    else {
      value *= factor;
      if (negated) value = value > 0 ? -value : -0.5 * value;
    }
    if (resolved && value < 0) value = -0.5 * value;
    if (lastContrast >= 0) value *= i < lastContrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
    if (concessive) value *= BEFORE_CONTRAST;
    sum += value;
    i += span - 1;
  }

  const exclamations = Math.min(3, (text.match(/[!！]/g) ?? []).length);
  sum *= 1 + 0.15 * exclamations;
  if (isQuestion(text, lang)) sum *= QUESTION;
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  return Math.round(score * 1000) / 1000;
}

function phraseValence(tokens: Token[], i: number, lex: Lexicon, lang: string): number | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || a.isBreak || b.isBreak) return undefined;
  return lex.valence.get(lang === 'zh' ? a.key + b.key : `${a.key} ${b.key}`);
}

/** "问题都没有": a clause that ends in 没有/没 negates what came before it. */
function postNegated(tokens: Token[], from: number, isNegator: (t: Token | undefined) => boolean): boolean {
  for (let j = from; j < tokens.length && j <= from + 1; j++) {
    const t = tokens[j] as Token;
    if (t.isBreak) return false;
    if (isNegator(t)) {
      const after = tokens[j + 1];
      return after === undefined || after.isBreak;
    }
  }
  return false;
}

/** Whether a text asks rather than states: "?", or a question particle ("ли", "吗", "呢"). */
export function isQuestion(text: string, lang: string): boolean {
  if (/[?？]/.test(text)) return true;
  if (lang === 'zh') return /[吗呢][。.!！]?\s*$/.test(text);
  if (lang === 'ru') return /(^|\s)ли(\s|$)/iu.test(text);
  return false;
}
