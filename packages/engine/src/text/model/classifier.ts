import { tokenize } from '../tokenize.ts';
import { featuresOf } from './features.ts';
import { type LinearModel, probability } from './linear.ts';
import { readModel } from './store.ts';

type Lang = 'ru' | 'en' | 'zh';
const loaded = new Map<Lang, LinearModel>();

/** The shipped model of a language, read from disk on first use and kept. */
export function sentimentModel(lang: Lang): LinearModel {
  let model = loaded.get(lang);
  if (!model) {
    model = readModel(lang);
    loaded.set(lang, model);
  }
  return model;
}

/** P(positive) of a text under a model (the shipped one of `lang` unless given). */
export function positiveProbability(text: string, lang: Lang, model = sentimentModel(lang)): number {
  return probability(model, featuresOf(text, tokenize(text, lang), lang, model.bits));
}
