import { detectLanguage } from '../detect-language.ts';
import { keyOf } from '../lexicon/index.ts';
import { analyzeSentiment } from '../sentiment.ts';
import { tokenize } from '../tokenize.ts';
import type { LangOption } from '../types.ts';
import type { AspectId, AspectSentiment } from './types.ts';
import { ASPECT_WORDS } from './vocabulary.ts';

type Lang = 'ru' | 'en' | 'zh';

const SENTENCE = /[.!?;…\n。！？；]+/u;
/** Commas and contrast words split a sentence into parts; a contrast starts a new opinion. */
const PART: Record<Lang, RegExp> = {
  ru: /\s*,\s*|\s+(?=(?:но|а|однако|зато|хотя)\s)/iu,
  en: /\s*,\s*|\s+(?=(?:but|however|although|though|yet|whereas)\s)/iu,
  zh: /[，,、]|(?=但是|不过|可是|但|却)/u,
};
const CONTRAST: Record<Lang, RegExp> = {
  ru: /^(?:но|а|однако|зато|хотя)\s/iu,
  en: /^(?:but|however|although|though|yet|whereas)\s/iu,
  zh: /^(?:但是|不过|可是|但|却)/u,
};

/**
 * Sentiment per touchpoint aspect a text mentions: "доставка быстрая, но курьер грубил" →
 * delivery positive, courier negative. Each sentence is cut at commas and contrast words;
 * a part that names an aspect ({@link ASPECT_WORDS}) starts an opinion, and the parts after
 * it that name none and do not start with a contrast ("курьер приехал вовремя, вежливый")
 * join it. Each opinion is scored with {@link analyzeSentiment}, and every aspect it names
 * gets that score. Texts in no known language have no aspects.
 */
export function analyzeAspects(text: string, options: { lang?: LangOption } = {}): AspectSentiment[] {
  const option = options.lang ?? 'auto';
  const lang = option === 'auto' ? detectLanguage(text) : option;
  if (lang === 'und') return [];
  const found: AspectSentiment[] = [];
  for (const sentence of text.split(SENTENCE)) {
    let opinion: { parts: string[]; terms: { aspect: AspectId; term: string }[] } | undefined;
    const flush = () => {
      if (!opinion) return;
      const sentiment = analyzeSentiment(opinion.parts.join(lang === 'zh' ? '，' : ', '), { lang });
      for (const { aspect, term } of opinion.terms)
        found.push({ aspect, term, text: sentiment.text, score: sentiment.score, label: sentiment.label });
      opinion = undefined;
    };
    for (const part of sentence.split(PART[lang]).map((p) => p.trim())) {
      if (part === '') continue;
      const terms = aspectTerms(part, lang);
      if (terms.length > 0) {
        flush();
        opinion = { parts: [part], terms };
      } else if (opinion && !CONTRAST[lang].test(part)) opinion.parts.push(part);
      else flush();
    }
    flush();
  }
  return found;
}

/** The aspects a part names, each with the first word that names it. */
function aspectTerms(part: string, lang: Lang): { aspect: AspectId; term: string }[] {
  const words = ASPECT_WORDS[lang];
  const terms: { aspect: AspectId; term: string }[] = [];
  if (lang === 'zh') {
    // Longest words first, each match blanked out, so 快递员 counts as courier, not delivery.
    let rest = part;
    const all = Object.entries(words)
      .flatMap(([aspect, list]) => list.map((word) => ({ aspect: aspect as AspectId, word })))
      .sort((a, b) => b.word.length - a.word.length);
    for (const { aspect, word } of all) {
      if (!rest.includes(word)) continue;
      rest = rest.replaceAll(word, '\u0000');
      if (!terms.some((t) => t.aspect === aspect)) terms.push({ aspect, term: word });
    }
    return terms;
  }
  const keys = aspectKeys(lang);
  for (const token of tokenize(part, lang)) {
    const aspect = keys.get(token.key);
    if (aspect && !terms.some((t) => t.aspect === aspect)) terms.push({ aspect, term: token.surface });
  }
  return terms;
}

const keyMaps = new Map<Lang, Map<string, AspectId>>();

/** Stem → aspect for ru/en, built on first use. */
function aspectKeys(lang: 'ru' | 'en'): Map<string, AspectId> {
  let map = keyMaps.get(lang);
  if (!map) {
    map = new Map();
    for (const [aspect, list] of Object.entries(ASPECT_WORDS[lang]))
      for (const word of list)
        map.set(keyOf(word.toLowerCase().replaceAll('ё', 'е'), lang), aspect as AspectId);
    keyMaps.set(lang, map);
  }
  return map;
}
