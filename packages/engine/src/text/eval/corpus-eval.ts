import type { LinearModel } from '../model/linear.ts';
import { blendedScore, LABEL_THRESHOLD, TRAINED_WEIGHT } from '../sentiment.ts';
import type { LabelledDoc } from '../train/corpora.ts';
import { accuracyAndMacroF1 } from './metrics.ts';

type Lang = 'ru' | 'en' | 'zh';
type Polarity = 'positive' | 'negative';
const POLARITIES: readonly Polarity[] = ['positive', 'negative'];

/** One model's figures on a two-class corpus. */
export interface CorpusScores {
  /** Polarity by the sign of the score (> 0 positive). */
  accuracy: number;
  macroF1: number;
  /** Accuracy of the label OpenCJM shows: |score| < 0.3 is neutral, which is never right here. */
  labelledAccuracy: number;
}

/** The three models compared by `npm run eval:sentiment`, as trained-classifier weights. */
export function modelWeights(lang: Lang) {
  return { lexicon: 0, trained: 1, ensemble: TRAINED_WEIGHT[lang] } as const;
}

/** Scores `weight` × classifier + (1 − `weight`) × lexicon on labelled positive/negative texts. */
export function scoreCorpus(
  lang: Lang,
  docs: readonly LabelledDoc[],
  classifier: LinearModel,
  weight: number,
): CorpusScores {
  const scores = docs.map((d) => blendedScore(d.text, lang, weight, classifier));
  const expected = docs.map((d) => d.label);
  const { accuracy, macroF1 } = accuracyAndMacroF1(
    expected,
    scores.map((s): Polarity => (s > 0 ? 'positive' : 'negative')),
    POLARITIES,
  );
  const labelled = scores.filter((s, i) =>
    expected[i] === 'positive' ? s >= LABEL_THRESHOLD : s <= -LABEL_THRESHOLD,
  ).length;
  return { accuracy, macroF1, labelledAccuracy: docs.length === 0 ? 0 : labelled / docs.length };
}
