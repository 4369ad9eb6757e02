import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.ts';
import { featuresOf } from './features.ts';

const features = (text: string, lang: 'ru' | 'en' | 'zh') => featuresOf(text, tokenize(text, lang), lang, 20);

describe('featuresOf', () => {
  it('hashes the same text to the same buckets, within the bucket range', () => {
    const a = features('Курьер опоздал', 'ru');
    expect(a.ids).toEqual(features('Курьер опоздал', 'ru').ids);
    expect(Math.max(...a.ids)).toBeLessThan(1 << 20);
    expect(a.value).toBeCloseTo(1 / Math.sqrt(a.ids.length));
  });

  it('marks words after a negator: "not good" shares no word or character feature with "good"', () => {
    const good = new Set(features('good', 'en').ids);
    const notGood = features('not good', 'en').ids;
    // Only the word pair "good + end of text" is common to both.
    expect([...good].filter((id) => notGood.includes(id))).toHaveLength(1);
  });

  it('adds Chinese character n-grams and carries the lexicon score', () => {
    const x = features('质量很好', 'zh');
    expect(x.ids.length).toBeGreaterThan(tokenize('质量很好', 'zh').length * 2);
    expect(x.lexicon).toBeGreaterThan(0);
  });
});
