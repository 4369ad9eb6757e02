import { createMapFromTemplate } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { ExportFormat, exportMap, FORMAT_EXTENSIONS } from './export.ts';
import { annaMap, bankMap, maryPersona, nastyMap } from './test-fixtures.ts';
import { pdfText, pngSize } from './test-helpers.ts';
import { importMapFromXlsx } from './xlsx/xlsx-import.ts';

const TEXT = new Set<ExportFormat>(['svg', 'md', 'html', 'csv', 'mermaid']);
const MAGIC: Partial<Record<ExportFormat, string>> = { pdf: '%PDF', xlsx: 'PK', pptx: 'PK' };

describe('exportMap', () => {
  it.each(ExportFormat.options)('exports %s for Anna and the nasty map', async (format) => {
    for (const map of [annaMap(), nastyMap()]) {
      const out = await exportMap(map, format, { page: 'a3', scale: 1 });
      if (TEXT.has(format)) {
        expect(typeof out).toBe('string');
        continue;
      }
      expect(out).toBeInstanceOf(Uint8Array);
      const bytes = out as Uint8Array;
      if (format === 'png') expect(pngSize(bytes).width).toBeGreaterThan(500);
      else expect(new TextDecoder().decode(bytes.slice(0, 4))).toContain(MAGIC[format]);
    }
    expect(FORMAT_EXTENSIONS[format]).toMatch(/^[a-z]+$/);
  });

  it.each(['ru', 'en', 'zh'] as const)(
    'exports the %s map to every format with its own texts',
    async (lang) => {
      const map = bankMap(lang);
      const stage = map.stages[1]?.name ?? '';
      const options = { personas: [maryPersona(lang)], page: 'a4' as const, scale: 1 };
      for (const format of ['svg', 'md', 'html', 'csv', 'mermaid'] as const) {
        expect(await exportMap(map, format, options)).toContain(stage);
      }
      const pdf = await exportMap(map, 'pdf', options);
      expect(pdfText(pdf as Uint8Array).replace(/\s+/g, '')).toContain(stage.replace(/\s+/g, ''));
      expect(await importMapFromXlsx((await exportMap(map, 'xlsx', options)) as Uint8Array)).toEqual(map);
    },
  );

  it('exports a map made from a stage template', async () => {
    const map = createMapFromTemplate('six-stages', { language: 'zh', title: '购买笔记本', id: 'tpl' });
    const svg = (await exportMap(map, 'svg')) as string;
    for (const stage of map.stages) expect(svg).toContain(stage.name);
    const pdf = pdfText((await exportMap(map, 'pdf')) as Uint8Array).replace(/\s+/g, '');
    expect(pdf).toContain(map.stages[0]?.name);
  });

  it('rejects unknown options', async () => {
    await expect(exportMap(annaMap(), 'pdf', { scale: -1 })).rejects.toThrow();
  });
});
