import { featuresOf } from '../model/features.ts';
import type { LinearModel } from '../model/linear.ts';
import { tokenize } from '../tokenize.ts';
import type { LabelledDoc } from './corpora.ts';
import { balancedWeights, DEFAULT_TRAIN, type Example, trainLogistic } from './logistic.ts';

/** Hash buckets per language model: 2^20 int16 weights = 2 MiB per language. */
export const MODEL_BITS = 20;

/**
 * Trains one language's model on several corpora; each corpus's classes are balanced
 * within it, and each corpus weighs by its size.
 */
export function trainModel(
  lang: 'ru' | 'en' | 'zh',
  corpora: readonly (readonly LabelledDoc[])[],
  bits = MODEL_BITS,
): LinearModel {
  const examples: Example[] = [];
  for (const docs of corpora) {
    const labels = docs.map((d) => (d.label === 'positive' ? 1 : 0) as 0 | 1);
    const weights = balancedWeights(labels);
    docs.forEach((doc, i) => {
      const x = featuresOf(doc.text, tokenize(doc.text, lang), lang, bits);
      if (!Number.isFinite(x.lexicon))
        throw new Error(`training text scores a non-finite lexicon value: ${doc.text}`);
      examples.push({
        x,
        y: labels[i] as 0 | 1,
        weight: weights[i] as number,
      });
    });
  }
  return trainLogistic(examples, { ...DEFAULT_TRAIN, bits });
}
