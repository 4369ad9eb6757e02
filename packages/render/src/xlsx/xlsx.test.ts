import type { JourneyMap } from '@opencjm/core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  annaMap,
  BANK_METRICS,
  bankMap,
  maryPersona,
  NASTY,
  nastyMap,
  nastyPersona,
} from '../test-fixtures.ts';
import { SHEETS, sheetNames } from './workbook-meta.ts';

const RU = sheetNames('ru');
const EN = sheetNames('en');

import { XlsxImportError } from './xlsx-error.ts';
import { mapToXlsx } from './xlsx-export.ts';
import { importMapFromXlsx } from './xlsx-import.ts';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Every cell text of a sheet, for "is it there" checks. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      out.push(cell.text);
    });
  });
  return out;
}

/** Finds the cell holding exactly this text. */
function cellWith(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.text === text) found ??= cell;
    });
  });
  if (!found) throw new Error(`no cell "${text}"`);
  return found;
}

async function edit(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await open(bytes);
  change(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('mapToXlsx', () => {
  it('writes the Map, Touchpoints, Pains, Opportunities, KPIs sheets, named in the map language, and a hidden _opencjm sheet', async () => {
    const workbook = await open(await mapToXlsx(annaMap(), { metrics: BANK_METRICS }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Карта',
      'Точки контакта',
      'Боли',
      'Возможности',
      'KPI',
      'Метрики этапа',
      '_opencjm',
    ]);
    expect(sheet(workbook, SHEETS.meta).state).toBe('hidden');
  });

  it('lays stages out as columns and lanes as rows, one card per wrapped cell', async () => {
    const map = annaMap();
    const ws = sheet(await open(await mapToXlsx(map)), RU.map);
    expect(ws.getCell('A1').text).toBe(map.title);
    expect([3, 4, 5, 6].map((c) => ws.getCell(3, c).text)).toEqual(map.stages.map((s) => s.name));
    const card = cellWith(ws, 'Сравнивает модели на сайте');
    expect(card.col).toBe(4);
    expect(cellWith(ws, 'Действия').row).toBe(card.row);
    expect(card.alignment?.wrapText).toBe(true);
    expect(cellWith(ws, 'Фильтры каталога неудобны').note).toBeDefined();
  });

  it('writes emotions as numbers with a colour-scale conditional format', async () => {
    const bytes = await mapToXlsx(annaMap());
    const ws = sheet(await open(bytes), RU.map);
    const title = cellWith(ws, 'Эмоции');
    const scores = [3, 4, 5, 6].map((c) => ws.getCell(title.row, c).value);
    expect(scores).toEqual([1, -1, 1, 2]);
    const sheetXml =
      (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheetXml).toMatch(
      new RegExp(`<conditionalFormatting sqref="C${title.row}:F${title.row}">.*<colorScale>`),
    );
  });

  it('lists pains, opportunities with owners, KPIs and touchpoints', async () => {
    const workbook = await open(await mapToXlsx(bankMap('ru')));
    expect(texts(sheet(workbook, RU.pains))).toContain('Не приходит СМС с кодом');
    const opportunities = texts(sheet(workbook, RU.opportunities));
    expect(opportunities).toContain('Резервный звонок вместо СМС');
    expect(opportunities).toContain('Отдел цифровых каналов');
    expect(opportunities).toContain('запланировано');
    expect(texts(sheet(workbook, RU.kpis))).toContain('CES');
    expect(texts(sheet(workbook, RU.touchpoints))).toContain('Сайт банка');
  });

  it('keeps nasty texts verbatim in cells', async () => {
    const workbook = await open(await mapToXlsx(nastyMap(), { personas: [nastyPersona()] }));
    const all = texts(sheet(workbook, EN.map));
    for (const value of [
      NASTY.script,
      NASTY.amp,
      NASTY.quotes,
      NASTY.emoji,
      NASTY.chinese,
      NASTY.long,
      NASTY.formula,
    ]) {
      expect(all).toContain(value);
    }
  });
});

describe('importMapFromXlsx', () => {
  const maps: [string, () => JourneyMap][] = [
    ['anna', annaMap],
    ['nasty', nastyMap],
    ['ru', () => bankMap('ru')],
    ['en', () => bankMap('en')],
    ['zh', () => bankMap('zh')],
  ];

  it.each(maps)(
    'reads back the %s map: stages, lanes, cards, emotions and lists survive',
    async (_, make) => {
      const map = make();
      const back = await importMapFromXlsx(await mapToXlsx(map, { personas: [maryPersona('en')] }));
      expect(back).toEqual(map);
    },
  );

  it('XLSX → map → XLSX keeps stages, lanes and cards', async () => {
    const first = await mapToXlsx(nastyMap());
    const again = await mapToXlsx(await importMapFromXlsx(first));
    const [a, b] = [await open(first), await open(again)];
    expect(texts(sheet(b, EN.map))).toEqual(texts(sheet(a, EN.map)));
    expect(texts(sheet(b, SHEETS.meta))).toEqual(texts(sheet(a, SHEETS.meta)));
  });

  it('keeps edits made in Excel: card text, a new card, a cleared card, a score, an owner', async () => {
    const bytes = await edit(await mapToXlsx(annaMap()), (workbook) => {
      const ws = sheet(workbook, RU.map);
      cellWith(ws, 'Пишет отзыв').value = 'Пишет отзыв на маркетплейсе';
      cellWith(ws, 'Оформляет заказ').value = null;
      const pains = cellWith(ws, 'Фильтры каталога неудобны');
      ws.getCell(pains.row, 5).value = 'Доставка дорогая';
      const emotions = cellWith(ws, 'Эмоции');
      ws.getCell(emotions.row, 3).value = -2;
      const opportunities = sheet(workbook, RU.opportunities);
      opportunities.getCell('D2').value = 'Команда каталога';
      opportunities.getCell('E2').value = 'done';
    });
    const map = await importMapFromXlsx(bytes);
    expect(map.cards.find((c) => c.id === 'c5')?.text).toBe('Пишет отзыв на маркетплейсе');
    expect(map.cards.some((c) => c.id === 'c4')).toBe(false);
    expect(map.cards.find((c) => c.text === 'Доставка дорогая')).toMatchObject({
      lane: 'pains',
      stage: 'purchase',
      evidence: 'hypothesis',
    });
    expect(map.emotions[0]?.score).toBe(-2);
    expect(map.opportunities[0]).toMatchObject({ owner: 'Команда каталога', status: 'done' });
  });

  it('names the sheet and cell of a bad emotion score', async () => {
    const bytes = await edit(await mapToXlsx(annaMap()), (workbook) => {
      const ws = sheet(workbook, RU.map);
      ws.getCell(cellWith(ws, 'Эмоции').row, 4).value = 'ужасно';
    });
    await expect(importMapFromXlsx(bytes)).rejects.toThrow(/Sheet "Карта", cell D\d+: an emotion score/);
  });

  it('names the cell of an unknown evidence, status or empty stage name', async () => {
    const badEvidence = await edit(await mapToXlsx(annaMap()), (workbook) => {
      const meta = sheet(workbook, SHEETS.meta);
      const row = cellWith(meta, 'c1').row;
      meta.getCell(row, 4).value = 'rumour';
    });
    await expect(importMapFromXlsx(badEvidence)).rejects.toThrow(/Sheet "_opencjm", cell D\d+: evidence/);
    const badStatus = await edit(await mapToXlsx(annaMap()), (workbook) => {
      sheet(workbook, RU.opportunities).getCell('E2').value = 'someday';
    });
    await expect(importMapFromXlsx(badStatus)).rejects.toThrow(
      'Sheet "Возможности", cell E2: unknown status',
    );
    const noName = await edit(await mapToXlsx(annaMap()), (workbook) => {
      sheet(workbook, RU.map).getCell('C3').value = '';
    });
    await expect(importMapFromXlsx(noName)).rejects.toThrow(
      'Sheet "Карта", cell C3: A stage name must not be empty',
    );
  });

  it('rejects a workbook not made by OpenCJM, and bytes that are no workbook', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    const bytes = new Uint8Array(await plain.xlsx.writeBuffer());
    await expect(importMapFromXlsx(bytes)).rejects.toThrow('Sheet "_opencjm": the sheet is missing');
    await expect(importMapFromXlsx(new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(
      XlsxImportError,
    );
  });
});
