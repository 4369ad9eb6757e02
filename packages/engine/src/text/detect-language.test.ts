import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('tells the three languages apart by script, even in one-word texts', () => {
    expect(detectLanguage('Курьер опоздал')).toBe('ru');
    expect(detectLanguage('ок')).toBe('ru');
    expect(detectLanguage('ok')).toBe('en');
    expect(detectLanguage('超赞')).toBe('zh');
  });

  it('goes with the majority script in mixed texts, hanzi counting double', () => {
    expect(detectLanguage('Ноутбук Lenovo отличный')).toBe('ru');
    expect(detectLanguage('联想 Lenovo 笔记本很好')).toBe('zh');
  });

  it('answers und when there are no letters', () => {
    expect(detectLanguage('12345 👍')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });
});
