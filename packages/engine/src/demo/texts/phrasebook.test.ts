import { LANGUAGES } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { allTexts, composeText, PHRASEBOOKS, TEXT_TOPICS } from './index.ts';

describe('demo phrasebooks', () => {
  it.each(LANGUAGES)('give dozens of distinct %s texts on every topic', (lang) => {
    const book = PHRASEBOOKS[lang];
    for (const topic of TEXT_TOPICS) {
      const texts = allTexts(book, topic, 'Aero 14');
      expect(new Set(texts).size, topic).toBe(texts.length);
      expect(texts.length, topic).toBeGreaterThanOrEqual(12);
      for (const text of texts) {
        expect(text, topic).toBe(text.trim());
        expect(text, topic).not.toContain('{model}');
        expect(text.charAt(0), topic).toBe(text.charAt(0).toUpperCase());
      }
    }
  });

  it('composes one of those texts, filling in the model', () => {
    const random = new Random(11);
    const possible = new Set(allTexts(PHRASEBOOKS.ru, 'chat_question', 'Flex 13'));
    for (let i = 0; i < 50; i++) {
      expect(possible.has(composeText(PHRASEBOOKS.ru, 'chat_question', random, 'Flex 13'))).toBe(true);
    }
  });
});
