import { describe, expect, it } from 'vitest';
import { analyzeAspects } from './analyze.ts';
import { AspectSentiment } from './types.ts';

const brief = (text: string) => analyzeAspects(text).map((a) => [a.aspect, a.label]);

describe('analyzeAspects', () => {
  it('gives each touchpoint named in a text its own sentiment', () => {
    expect(brief('Доставка быстрая, но курьер грубил')).toEqual([
      ['delivery', 'positive'],
      ['courier', 'negative'],
    ]);
    expect(brief('Delivery was fast, but the courier was rude')).toEqual([
      ['delivery', 'positive'],
      ['courier', 'negative'],
    ]);
    expect(brief('送货很快，但是快递员态度很差')).toEqual([
      ['delivery', 'positive'],
      ['courier', 'negative'],
    ]);
  });

  it('matches any inflection and keeps the words of the text', () => {
    const [aspect] = analyzeAspects('Курьером доволен');
    expect(AspectSentiment.parse(aspect)).toEqual(aspect);
    expect(aspect).toMatchObject({ aspect: 'courier', term: 'Курьером', label: 'positive' });
  });

  it('lets parts without an aspect join the opinion before them, until a contrast', () => {
    const [support] = analyzeAspects('Support answered in a minute, very helpful');
    expect(support).toMatchObject({ aspect: 'support', label: 'positive' });
    expect(support?.text).toContain('very helpful');
  });

  it('finds nothing where no touchpoint is named', () => {
    expect(analyzeAspects('Всё отлично, спасибо!')).toEqual([]);
    expect(analyzeAspects('👍')).toEqual([]);
  });
});
