import { parseString } from '@fast-csv/parse';
import { describe, expect, it } from 'vitest';
import { annaMap, NASTY, nastyMap } from '../test-fixtures.ts';
import { CSV_COLUMNS, neutraliseFormula, renderCardsCsv } from './csv.ts';

function parse(csv: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(csv)
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

describe('renderCardsCsv', () => {
  it('writes one row per card under a header, with CRLF line ends', async () => {
    const csv = await renderCardsCsv(annaMap());
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = await parse(csv);
    expect(rows).toHaveLength(1 + annaMap().cards.length);
    expect(rows[3]).toEqual([
      'c3',
      'consideration',
      'Рассмотрение',
      'pains',
      'Боли',
      'pains',
      'Фильтры каталога неудобны',
      'reported',
      '',
      '',
      'Опрос CSAT, сентябрь',
    ]);
  });

  it('quotes commas, quotes and line breaks, and parses back to the same texts', async () => {
    const map = nastyMap();
    const csv = await renderCardsCsv(map);
    expect(csv).toContain('"She said ""hi"" and \'bye\'"');
    const rows = await parse(csv);
    expect(rows.slice(1).map((r) => r[6])).toEqual(map.cards.map((c) => neutraliseFormula(c.text)));
    expect(rows.slice(1).map((r) => r[6])).toContain(NASTY.multiline);
  });
});

describe('neutraliseFormula', () => {
  it('keeps cells that a spreadsheet would run as formulas as text', async () => {
    const map = annaMap();
    (map.cards[0] as { text: string }).text = '=HYPERLINK("http://x","click")';
    const rows = await parse(await renderCardsCsv(map));
    expect(rows[1]?.[6]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(neutraliseFormula('-1')).toBe("'-1");
    expect(neutraliseFormula('Видит рекламу')).toBe('Видит рекламу');
  });
});
