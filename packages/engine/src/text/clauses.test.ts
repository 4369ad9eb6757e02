import { describe, expect, it } from 'vitest';
import { clausesOf } from './clauses.ts';

describe('clausesOf', () => {
  it('cuts at sentence ends, commas and before contrast words', () => {
    expect(clausesOf('Доставка быстрая, но курьер грубил. Спасибо', 'ru')).toEqual([
      { text: 'Доставка быстрая', sentence: 0, contrast: false },
      { text: 'но курьер грубил', sentence: 0, contrast: true },
      { text: 'Спасибо', sentence: 1, contrast: false },
    ]);
    expect(clausesOf('Fast delivery but a rude courier', 'en').map((c) => c.text)).toEqual([
      'Fast delivery',
      'but a rude courier',
    ]);
    expect(clausesOf('送货很快但是快递员态度很差！', 'zh').map((c) => [c.text, c.contrast])).toEqual([
      ['送货很快', false],
      ['但是快递员态度很差', true],
    ]);
  });
});
