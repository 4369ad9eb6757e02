import { describe, expect, it } from 'vitest';
import { annaMap, bankMap, maryPersona, nastyMap } from '../test-fixtures.ts';
import { mermaidScore, renderMermaid, sanitizeMermaid } from './mermaid.ts';

describe('renderMermaid', () => {
  it('writes a journey with a section per stage and a task per action card, scored by emotion', () => {
    expect(renderMermaid(annaMap())).toBe(
      [
        'journey',
        '  title Покупка ноутбука онлайн',
        '  section Осведомленность',
        '    Видит рекламу в соцсети: 4: anna',
        '  section Рассмотрение',
        '    Сравнивает модели на сайте: 2: anna',
        '  section Покупка',
        '    Оформляет заказ: 4: anna',
        '  section Лояльность',
        '    Пишет отзыв: 5: anna',
        '',
      ].join('\n'),
    );
  });

  it('names actors by persona and gives stages without actions a task', () => {
    const text = renderMermaid(bankMap('zh'), { personas: [maryPersona('zh')] });
    expect(text).toContain('    寻找免费服务的银行: 3: 玛丽');
    expect(text).toContain('    在网站上填写申请表: 1: 玛丽');
  });

  it('sanitizes the characters that break Mermaid syntax', () => {
    const text = renderMermaid(nastyMap());
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('journey');
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}(title|section) [^#;\n]+$|^ {4}[^:#;\n]+: [1-5](: [^:#;\n]+)?$/);
    }
    expect(text).toContain('first line second line');
    expect(text).not.toContain('%%');
    expect(sanitizeMermaid('section two')).toBe('\u200bsection two');
    expect(sanitizeMermaid(' \n ')).toBe('—');
  });

  it('maps −2 … +2 to 1 … 5 and a missing emotion to neutral', () => {
    expect([-2, -1, 0, 0.5, 1, 2].map(mermaidScore)).toEqual([1, 2, 3, 4, 4, 5]);
    expect(mermaidScore(undefined)).toBe(3);
  });
});
