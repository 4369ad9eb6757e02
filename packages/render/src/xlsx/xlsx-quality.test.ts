import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BANK_DATA, bankMap, bankMapWithDataPain, maryPersona, PAIN_SOURCE } from '../test-fixtures.ts';
import { sheetNames } from './workbook-meta.ts';
import { mapToXlsx } from './xlsx-export.ts';
import { importMapFromXlsx } from './xlsx-import.ts';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found)
    throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** The row whose column `col` holds exactly `text`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).text === text) return r;
  throw new Error(`no "${text}" in column ${col} of ${ws.name}`);
}

describe('XLSX print and type', () => {
  it.each([
    ['ru', 'Arial'],
    ['zh', 'Microsoft YaHei'],
  ] as const)(
    'prints every %s sheet landscape, one page wide, every written cell in %s',
    async (lang, font) => {
      const bytes = await mapToXlsx(bankMap(lang), { personas: [maryPersona(lang)] });
      const workbook = await open(bytes);
      for (const ws of workbook.worksheets) {
        expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
        expect(ws.pageSetup.fitToPage, ws.name).toBe(true);
        expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
        expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
      }
      const fonts = new Set<string | undefined>();
      for (const ws of workbook.worksheets) {
        ws.eachRow((row) => {
          row.eachCell((cell) => {
            fonts.add(cell.font?.name);
          });
        });
      }
      expect([...fonts]).toEqual([font]);
      // The default font, for cells typed into later, is the same: no other font name in the styles.
      const styles = (await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')?.async('string')) ?? '';
      expect(new Set([...styles.matchAll(/<name val="([^"]+)"\/>/g)].map((m) => m[1]))).toEqual(
        new Set([font]),
      );
      expect(styles).not.toContain('<scheme val="minor"/>');
    },
  );

  it('names the sheets in the language of the map', async () => {
    const zh = await open(await mapToXlsx(bankMap('zh')));
    expect(zh.worksheets.map((ws) => ws.name)).toEqual([
      '旅程地图',
      '接触点',
      '痛点',
      '改进机会',
      '关键指标',
      '_opencjm',
    ]);
    const en = await open(await mapToXlsx(bankMap('en')));
    expect(en.worksheets.map((ws) => ws.name)).toEqual([
      'Map',
      'Touchpoints',
      'Pains',
      'Opportunities',
      'KPIs',
      '_opencjm',
    ]);
  });
});

describe('XLSX with data', () => {
  it('writes the figures under the map, a Data sheet by stage name and the accepted pains, and still reads back', async () => {
    const map = bankMapWithDataPain();
    const bytes = await mapToXlsx(map, { personas: [maryPersona('ru')], data: BANK_DATA });
    const workbook = await open(bytes);
    const names = sheetNames('ru');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      names.map,
      names.touchpoints,
      names.pains,
      names.opportunities,
      names.kpis,
      names.data,
      'Боли, найденные в данных',
      '_opencjm',
    ]);

    const onMap = sheet(workbook, names.map);
    const customers = rowWith(onMap, 2, 'Клиенты');
    expect([3, 4, 5].map((c) => onMap.getCell(customers, c).value)).toEqual([12_000, 4_800, 2_640]);
    const emotion = rowWith(onMap, 2, 'Эмоция (данные)');
    expect([3, 4, 5].map((c) => onMap.getCell(emotion, c).value)).toEqual([0.4, -1.3, 0.9]);
    // Excel keeps durations in days; ExcelJS reads a time-formatted number back as a date from 1899-12-30.
    const median = onMap.getCell(rowWith(onMap, 2, 'Медиана времени'), 5);
    expect(median.numFmt).toBe('[h]:mm:ss');
    // the label wraps to two lines in its narrow column: its row is two lines high
    expect(onMap.getRow(rowWith(onMap, 2, 'Медиана времени')).height).toBeGreaterThanOrEqual(30);
    expect(
      median.value instanceof Date ? (median.value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : NaN,
    ).toBe(3);

    const data = sheet(workbook, names.data);
    expect(data.getRow(1).values).toEqual([
      undefined,
      'Этап',
      'Клиенты',
      'Конверсия',
      'Отток',
      'Медиана времени',
      'Эмоция (данные)',
      'Тональность',
      'NPS',
    ]);
    expect(data.getCell('A3').text).toBe(map.stages[1]?.name);
    expect(data.getCell('B3').value).toBe(4_800);
    expect(data.getCell('C3').value).toBe(0.4);
    expect(data.getCell('H3').value).toBe(-12);

    const pains = sheet(workbook, 'Боли, найденные в данных');
    expect(pains.getCell('A2').text).toBe('Заявка');
    expect(pains.getCell('D2').text).toBe(PAIN_SOURCE);

    expect(await importMapFromXlsx(bytes)).toEqual(map);
  });

  it('leaves the workbook as it was without data', async () => {
    const workbook = await open(await mapToXlsx(bankMapWithDataPain()));
    expect(workbook.worksheets.some((ws) => ws.name === sheetNames('ru').data)).toBe(false);
  });
});
