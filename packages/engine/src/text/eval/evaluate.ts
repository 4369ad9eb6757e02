import { readFileSync } from 'node:fs';
import { analyzeSentiment } from '../sentiment.ts';
import { SentimentLabel, type SentimentModel } from '../types.ts';
import { accuracyAndMacroF1 } from './metrics.ts';

/** The languages with evaluation sets, and the two parts of each set. */
export const EVAL_LANGS = ['ru', 'en', 'zh'] as const;
export type EvalLang = (typeof EVAL_LANGS)[number];
/** `dev` was used while tuning lexicons and rules; `test` is held out. */
export type EvalSplit = 'dev' | 'test';

/** One labelled text of an evaluation set. */
export interface LabelledText {
  label: SentimentLabel;
  text: string;
}

/** Accuracy and macro-averaged F1 (mean of the per-label F1 over positive, neutral, negative). */
export interface EvalResult {
  lang: EvalLang;
  split: EvalSplit;
  n: number;
  accuracy: number;
  macroF1: number;
  /** The texts scored wrongly, for error analysis. */
  errors: { text: string; expected: SentimentLabel; got: SentimentLabel; score: number }[];
}

/** Reads `eval/LANG.SPLIT.tsv`: one `label<TAB>text` per line. */
export function loadEvalSet(lang: EvalLang, split: EvalSplit): LabelledText[] {
  const path = new URL(`./${lang}.${split}.tsv`, import.meta.url);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const tab = line.indexOf('\t');
      const label = SentimentLabel.safeParse(line.slice(0, tab));
      if (tab < 0 || !label.success)
        throw new Error(`${lang}.${split}.tsv:${i + 1}: expected "label<TAB>text"`);
      return { label: label.data, text: line.slice(tab + 1) };
    });
}

/** Scores one evaluation set with the language fixed by the set (detection is tested apart). */
export function evaluate(lang: EvalLang, split: EvalSplit, model: SentimentModel = 'ensemble'): EvalResult {
  const items = loadEvalSet(lang, split);
  const predicted = items.map((item) => analyzeSentiment(item.text, { lang, model }));
  const errors = items.flatMap((item, i) => {
    const got = predicted[i] as (typeof predicted)[number];
    return got.label === item.label
      ? []
      : [{ text: item.text, expected: item.label, got: got.label, score: got.score }];
  });
  const scores = accuracyAndMacroF1(
    items.map((item) => item.label),
    predicted.map((p) => p.label),
    SentimentLabel.options,
  );
  return { lang, split, n: items.length, ...scores, errors };
}
