import { type Clause, clausesOf } from '../clauses.ts';
import { detectLanguage } from '../detect-language.ts';
import { keyOf } from '../lexicon/index.ts';
import { analyzeSentiment } from '../sentiment.ts';
import { tokenize } from '../tokenize.ts';
import type { LangOption } from '../types.ts';
import type { AspectId, AspectSentiment } from './types.ts';
import { ASPECT_WORDS } from './vocabulary.ts';

type Lang = 'ru' | 'en' | 'zh';

/** The part of a text that speaks of one aspect, before it is scored. */
export interface AspectOpinion {
  aspect: AspectId;
  /** The word of the text that names the aspect. */
  term: string;
  /** The clause(s) of the text that speak of it. */
  text: string;
}

/**
 * Sentiment per touchpoint aspect a text mentions: "доставка быстрая, но курьер грубил" →
 * delivery positive, courier negative. Each opinion of {@link aspectOpinions} is scored with
 * {@link analyzeSentiment}. Texts in no known language have no aspects.
 */
export function analyzeAspects(text: string, options: { lang?: LangOption } = {}): AspectSentiment[] {
  const lang = langOf(text, options.lang);
  if (lang === 'und') return [];
  const scored = new Map<string, { score: number; label: AspectSentiment['label'] }>();
  return aspectOpinions(text, { lang }).map((o) => {
    let s = scored.get(o.text);
    if (!s) {
      s = analyzeSentiment(o.text, { lang });
      scored.set(o.text, s);
    }
    return { ...o, score: s.score, label: s.label };
  });
}

/**
 * The parts of a text that speak of each touchpoint aspect, unscored. The text is cut into
 * clauses ({@link clausesOf}); a clause that names an aspect ({@link ASPECT_WORDS}) starts an
 * opinion, and the clauses of the same sentence after it that name none and do not open
 * with a contrast ("курьер приехал вовремя, вежливый") join it. An opinion naming two
 * aspects ("доставка и упаковка отличные") is given to both.
 */
export function aspectOpinions(text: string, options: { lang?: LangOption } = {}): AspectOpinion[] {
  const lang = langOf(text, options.lang);
  if (lang === 'und') return [];
  const found: AspectOpinion[] = [];
  let opinion: { clauses: Clause[]; terms: { aspect: AspectId; term: string }[] } | undefined;
  const flush = () => {
    if (!opinion) return;
    const joined = opinion.clauses.map((c) => c.text).join(lang === 'zh' ? '，' : ', ');
    for (const { aspect, term } of opinion.terms) found.push({ aspect, term, text: joined });
    opinion = undefined;
  };
  for (const clause of clausesOf(text, lang)) {
    const terms = aspectTerms(clause.text, lang);
    if (terms.length > 0) {
      flush();
      opinion = { clauses: [clause], terms };
    } else if (opinion && !clause.contrast && opinion.clauses[0]?.sentence === clause.sentence)
      opinion.clauses.push(clause);
    else flush();
  }
  flush();
  return found;
}

/**
 * The aspects a short name speaks of, in the order its words name them: "Курьерская
 * доставка" → delivery; "Служба поддержки" → support; "Mobile app" → app. Used to tell which
 * touchpoint of a map an aspect belongs to.
 */
export function aspectsNamed(name: string, options: { lang?: LangOption } = {}): AspectId[] {
  const lang = langOf(name, options.lang);
  if (lang === 'und') return [];
  return aspectTerms(name, lang).map((t) => t.aspect);
}

function langOf(text: string, option: LangOption | undefined): Lang | 'und' {
  return option === undefined || option === 'auto' ? detectLanguage(text) : option;
}

/** The aspects a clause names, each with the first word that names it. */
function aspectTerms(clause: string, lang: Lang): { aspect: AspectId; term: string }[] {
  const terms: { aspect: AspectId; term: string }[] = [];
  if (lang === 'zh') {
    // Longest words first, each match blanked out, so 快递员 counts as courier, not delivery.
    let rest = clause;
    for (const { aspect, word } of zhWords()) {
      if (!rest.includes(word)) continue;
      rest = rest.replaceAll(word, '\u0000');
      if (!terms.some((t) => t.aspect === aspect)) terms.push({ aspect, term: word });
    }
    return terms;
  }
  const keys = aspectKeys(lang);
  for (const token of tokenize(clause, lang)) {
    const aspect = keys.get(token.key);
    if (aspect && !terms.some((t) => t.aspect === aspect)) terms.push({ aspect, term: token.surface });
  }
  return terms;
}

let zhSorted: { aspect: AspectId; word: string }[] | undefined;

function zhWords(): { aspect: AspectId; word: string }[] {
  zhSorted ??= Object.entries(ASPECT_WORDS.zh)
    .flatMap(([aspect, list]) => list.map((word) => ({ aspect: aspect as AspectId, word })))
    .sort((a, b) => b.word.length - a.word.length);
  return zhSorted;
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
