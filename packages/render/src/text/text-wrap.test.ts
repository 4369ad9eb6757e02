import { describe, expect, it } from 'vitest';
import { measureText, truncateLine, wrapText } from './text-wrap.ts';

describe('measureText', () => {
  it('uses DejaVu Sans advances: "i" is narrow, "W" wide, a space about a third of an em', () => {
    expect(measureText('i', 10)).toBeLessThan(measureText('W', 10));
    expect(measureText(' ', 100)).toBeCloseTo(31.8, 0);
  });

  it('counts Chinese glyphs a full em, wider than Latin and Cyrillic letters', () => {
    expect(measureText('中文', 12)).toBe(24);
    expect(measureText('中', 12)).toBeGreaterThan(measureText('ж', 12));
    expect(measureText('ab', 12, true)).toBeGreaterThan(measureText('ab', 12));
  });
});

describe('wrapText', () => {
  const fits = (lines: string[], max: number) => lines.every((l) => measureText(l, 12) <= max);

  it('breaks between words and keeps every word', () => {
    const text = 'Сравнивает модели на сайте и читает отзывы покупателей';
    const { lines, truncated } = wrapText(text, { maxWidth: 120, fontSize: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(fits(lines, 120)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(truncated).toBe(false);
  });

  it('breaks Chinese between words, with no spaces in the text', () => {
    const text = '客户在结账时遇到问题并且联系了客服';
    const { lines } = wrapText(text, { maxWidth: 60, fontSize: 12 });
    expect(lines.length).toBeGreaterThan(3);
    expect(fits(lines, 60)).toBe(true);
    expect(lines.join('')).toBe(text);
  });

  it('splits a word wider than the line, and keeps explicit line breaks', () => {
    const { lines } = wrapText('x'.repeat(100), { maxWidth: 50, fontSize: 12 });
    expect(lines.join('')).toBe('x'.repeat(100));
    expect(fits(lines, 50)).toBe(true);
    expect(wrapText('one\ntwo', { maxWidth: 500, fontSize: 12 }).lines).toEqual(['one', 'two']);
  });

  it('cuts at maxLines with an ellipsis that still fits', () => {
    const { lines, truncated } = wrapText('word '.repeat(100), { maxWidth: 80, fontSize: 12, maxLines: 3 });
    expect(lines).toHaveLength(3);
    expect(truncated).toBe(true);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(fits(lines, 80)).toBe(true);
    expect(truncateLine('a long label that will not fit', { maxWidth: 60, fontSize: 12 })).toMatch(/…$/);
  });

  it('keeps emoji whole', () => {
    const { lines } = wrapText('👩‍💻👩‍💻👩‍💻👩‍💻', { maxWidth: 30, fontSize: 12 });
    expect(lines.join('')).toBe('👩‍💻👩‍💻👩‍💻👩‍💻');
    for (const line of lines) expect(line).not.toMatch(/^\u200d|\u200d$/);
  });
});
