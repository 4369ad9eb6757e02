import { detectLanguage } from './detect-language.ts';
import { emojiOnlyScore, isQuestion, labelOf, lexiconScore, QUESTION } from './lexicon-sentiment.ts';
import { sentimentModel } from './model/classifier.ts';
import { featuresOf } from './model/features.ts';
import { type LinearModel, probability } from './model/linear.ts';
import { tokenize } from './tokenize.ts';
import type { LangOption, Sentiment, SentimentModel, TextLang } from './types.ts';

export { analyzeSentimentLexicon, LABEL_THRESHOLD, labelOf } from './lexicon-sentiment.ts';

/** Options of {@link analyzeSentiment}. */
export interface SentimentOptions {
  /** Language of the text; `auto` (the default) detects it per text. */
  lang?: LangOption;
  /** Which model scores it; `ensemble` unless given. */
  model?: SentimentModel;
}

/**
 * Share of the trained classifier in the ensemble score, the rest being the lexicon's: a
 * judgement between OpenCJM's `dev` sets, which favour the lexicon they were written with,
 * and the held-out parts of the licensed training corpora, which favour the classifier
 * (docs/text-analysis.md). The Russian and Chinese classifiers learn from no reviews at all
 * (subtitles, social-media posts, news), so the lexicon keeps more weight there: 0.3 costs
 * nothing on their `dev` sets, more does.
 */
export const TRAINED_WEIGHT = { ru: 0.3, en: 0.5, zh: 0.3 } as const;

/**
 * Scores the sentiment of one customer text from −1 to +1. The trained classifier of its
 * language (logistic regression over hashed words, word pairs, character n-grams and the
 * lexicon score; see `model/`) gives 2·P(positive) − 1; the lexicon and rules give their
 * own score ({@link analyzeSentimentLexicon}); the ensemble averages the two with
 * {@link TRAINED_WEIGHT}, so a text needs both a confident classifier and sentiment words,
 * or a very confident classifier, to leave the neutral band (|score| < 0.3).
 * Texts in no known language (emoji, digits) keep the lexicon's emoji score.
 * @example analyzeSentiment('Доставка долгая, но курьер очень вежливый').label // 'positive'
 */
export function analyzeSentiment(text: string, options: SentimentOptions = {}): Sentiment {
  const option = options.lang ?? 'auto';
  const lang: TextLang = option === 'auto' ? detectLanguage(text) : option;
  const score = lang === 'und' ? emojiOnlyScore(text) : scoreIn(text, lang, options.model ?? 'ensemble');
  return { text, lang, score, label: labelOf(score) };
}

/**
 * Scores many texts, each in its own detected language (or all in `options.lang`).
 * Models, lexicons and the jieba dictionary load once, on the first text that needs them.
 */
export function scoreTexts(texts: readonly string[], options: SentimentOptions = {}): Sentiment[] {
  return texts.map((text) => analyzeSentiment(text, options));
}

function scoreIn(text: string, lang: 'ru' | 'en' | 'zh', model: SentimentModel): number {
  if (model === 'lexicon') return lexiconScore(text, tokenize(text, lang), lang);
  return blendedScore(text, lang, model === 'trained' ? 1 : TRAINED_WEIGHT[lang], sentimentModel(lang));
}

/**
 * `weight` × the classifier's 2·P(positive) − 1 plus (1 − `weight`) × the lexicon score,
 * rounded to 0.001. A question keeps 40 % of the classifier's part, as it does of the
 * lexicon's: in review corpora questions are mostly rhetorical complaints, so the
 * classifier learnt them as negative, while customers' questions mostly ask.
 * Exported for evaluating classifiers other than the shipped ones.
 */
export function blendedScore(
  text: string,
  lang: 'ru' | 'en' | 'zh',
  weight: number,
  classifier: LinearModel,
): number {
  const tokens = tokenize(text, lang);
  const lexicon = lexiconScore(text, tokens, lang);
  const p = probability(classifier, featuresOf(text, tokens, lang, classifier.bits, lexicon));
  const trained = (2 * p - 1) * (isQuestion(text, lang) ? QUESTION : 1);
  return Math.round((weight * trained + (1 - weight) * lexicon) * 1000) / 1000;
}
