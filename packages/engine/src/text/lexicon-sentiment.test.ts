import { describe, expect, it } from 'vitest';
import { analyzeSentimentLexicon } from './lexicon-sentiment.ts';
import { Sentiment } from './types.ts';

const label = (text: string) => analyzeSentimentLexicon(text).label;
const score = (text: string) => analyzeSentimentLexicon(text).score;

describe('analyzeSentimentLexicon', () => {
  it('returns a valid Sentiment with the detected language', () => {
    const result = analyzeSentimentLexicon('Anna’s laptop arrived early, great service');
    expect(Sentiment.parse(result)).toEqual(result);
    expect(result).toMatchObject({ lang: 'en', label: 'positive' });
    expect(analyzeSentimentLexicon('great', { lang: 'ru' }).lang).toBe('ru');
  });

  it('scores every word of the Russian lexicon as a number, its header row included', () => {
    // The nlp.js list starts with a CSV header: "word" once scored NaN in Russian texts.
    const result = analyzeSentimentLexicon('Счёт пришёл в Word, а не в PDF', { lang: 'ru' });
    expect(Number.isFinite(result.score)).toBe(true);
    expect(Sentiment.parse(result)).toEqual(result);
  });

  it('flips negated praise and softens negated complaints', () => {
    expect(label('Не понравилось')).toBe('negative');
    expect(label('Не плохо')).toBe('positive');
    expect(label('not good')).toBe('negative');
    expect(label('not bad')).toBe('positive');
    expect(label('不好')).toBe('negative');
    expect(label('不太满意')).toBe('negative');
    expect(label('没有问题')).toBe('positive');
    expect(label('Никто не ответил')).toBe('negative');
    expect(score('not bad')).toBeLessThan(score('good'));
  });

  it('strengthens with intensifiers', () => {
    expect(score('Очень хорошо')).toBeGreaterThan(score('Хорошо'));
    expect(score('very slow')).toBeLessThan(score('slow'));
    expect(score('非常满意')).toBeGreaterThan(score('满意'));
    expect(score('太慢了')).toBeLessThan(score('慢'));
  });

  it('lets the clause after "but" outweigh the one before', () => {
    expect(label('Доставка долгая, но курьер очень вежливый')).toBe('positive');
    expect(label('Ноутбук хороший, но доставка ужасная')).toBe('negative');
    expect(label('Nice design, but it overheats')).toBe('negative');
    expect(label('物流慢了点，但是客服态度非常好')).toBe('positive');
  });

  it('keeps plain questions and facts neutral', () => {
    expect(label('Когда отправят мой заказ?')).toBe('neutral');
    expect(label('Can I pay in installments?')).toBe('neutral');
    expect(label('我的订单什么时候发货？')).toBe('neutral');
    expect(analyzeSentimentLexicon('12345')).toMatchObject({ lang: 'und', score: 0, label: 'neutral' });
  });

  it('understands informal praise', () => {
    expect(label('норм')).toBe('positive');
    expect(label('超赞')).toBe('positive');
    expect(label('gr8 service thx')).toBe('positive');
  });
});
