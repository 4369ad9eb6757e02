import { describe, expect, it } from 'vitest';
import { annaMap, BANK_METRICS, bankMap, maryPersona, nastyMap, nastyPersona } from '../test-fixtures.ts';
import { escapeMarkdown, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('reports stage by stage with cards, evidence, emotions, and an opportunities table with owners', () => {
    const md = renderMarkdown(annaMap());
    expect(md.startsWith('# Покупка ноутбука онлайн\n')).toBe(true);
    expect(md).toContain('## Рассмотрение');
    expect(md).toContain('### Боли');
    expect(md).toContain('- Фильтры каталога неудобны · _опрос_');
    expect(md).toContain('−1 (anna) — Долго ищет нужную модель');
    expect(md).toMatch(
      /\| Переделать фильтры каталога \| Рассмотрение \| Отдел e\\-commerce|Отдел e-commerce \|/,
    );
  });

  it('adds metrics and personas when given', () => {
    const md = renderMarkdown(bankMap('en'), { metrics: BANK_METRICS, personas: [maryPersona('en')] });
    expect(md).toContain('Customers: 12,000 · Conversion: 40% · Drop-off: 60% · Median time: 4 min');
    expect(md).toContain('- Mary Ivanova (27) — I want an account in five minutes');
  });

  it('leaves no raw HTML and no active Markdown in user texts', () => {
    const md = renderMarkdown(nastyMap(), { personas: [nastyPersona()] });
    expect(md).not.toMatch(/<(script|img|b|i|a)\b/i);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\[link\\](javascript:alert(1))');
    expect(md).toContain('first line<br>second line');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
  });
});
