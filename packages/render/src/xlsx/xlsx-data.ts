import type { JourneyMap, Language } from '@opencjm/core';
import type { Workbook } from 'exceljs';
import { dataCaption } from '../data/data-caption.ts';
import { type FigureColumn, figureColumns, figureLabel, namedPains } from '../data/data-table.ts';
import { t } from '../i18n.ts';
import { type MapData, measured } from '../options.ts';
import { FIRST_STAGE_COL, LANE_COL, SUB_COL, type Writer } from './map-sheet-layout.ts';
import { colourEmotionRow } from './xlsx-emotion-rows.ts';
import { dataRow, fill, fitRow, headerRow, thinBorder, wrap } from './xlsx-style.ts';

/**
 * The export "with data" in the workbook: the measured figures under the map on the Map
 * sheet (one row per figure, the data emotion with the map's colour scale), and a Data
 * sheet with the same figures by stage name, and a sheet of the pains accepted from the data.
 */

/** Excel number formats of the figures; durations are days, as Excel keeps time. */
const FORMATS: Record<FigureColumn, string> = {
  customers: '#,##0',
  conversion: '0.0%',
  dropOff: '0.0%',
  medianSeconds: '[h]:mm:ss',
  emotion: '+0.0;-0.0;0',
  sentiment: '+0.00;-0.00;0',
  nps: '+0;-0;0',
};

/** The value Excel stores for a figure: seconds become days, so [h]:mm:ss shows them. */
function cellValue(column: FigureColumn, value: number): number {
  return column === 'medianSeconds' ? value / 86_400 : value;
}

/** The figures as rows under the lanes of the Map sheet. */
export function writeDataRows(w: Writer, data: MapData): void {
  const { sheet, map } = w;
  const columns = figureColumns(map, data);
  if (columns.length === 0) return;
  const top = w.row;
  for (const column of columns) {
    const row = w.row++;
    const label = figureLabel(column, w.lang);
    sheet.getCell(row, SUB_COL).value = label;
    wrap(sheet.getCell(row, SUB_COL));
    // A label of two lines ("Медиана времени") needs a row of two lines, or it runs into the next.
    fitRow(sheet, row, label, sheet.getColumn(SUB_COL).width ?? 12);
    map.stages.forEach((stage, i) => {
      const cell = sheet.getCell(row, FIRST_STAGE_COL + i);
      const value = data.stages[stage.id]?.[column];
      if (value != null) cell.value = cellValue(column, value);
      cell.numFmt = FORMATS[column];
      cell.alignment = { horizontal: 'center' };
      thinBorder(cell);
    });
    if (column === 'emotion') colourEmotionRow(w, row);
  }
  const title = sheet.getCell(top, LANE_COL);
  title.value = t(w.lang, 'heading.data');
  title.font = { bold: true };
  wrap(title);
  fill(title, '#f5f7fa');
  if (w.row - 1 > top) sheet.mergeCells(top, LANE_COL, w.row - 1, LANE_COL);
  // What the figures cover, under them across the stage columns.
  const row = w.row++;
  const caption = sheet.getCell(row, FIRST_STAGE_COL);
  caption.value = dataCaption(data, w.lang);
  caption.font = { italic: true, color: { argb: 'FF5B6470' } };
  if (map.stages.length > 1)
    sheet.mergeCells(row, FIRST_STAGE_COL, row, FIRST_STAGE_COL + map.stages.length - 1);
}

/** The Data sheet (figures by stage name) and the sheet of pains accepted from the data. */
export function writeDataSheet(
  workbook: Workbook,
  map: JourneyMap,
  asked: MapData,
  lang: Language,
  name: string,
): void {
  const sheet = workbook.addWorksheet(name);
  const data = measured(asked);
  if (data) {
    const columns = figureColumns(map, data);
    const widths = [28, ...columns.map(() => 16)];
    headerRow(sheet, [t(lang, 'field.stage'), ...columns.map((c) => figureLabel(c, lang))], widths);
    for (const stage of map.stages) {
      const figures = data.stages[stage.id];
      dataRow(
        sheet,
        [stage.name, ...columns.map((c) => (figures?.[c] == null ? null : cellValue(c, figures[c])))],
        widths,
      );
    }
    columns.forEach((column, i) => {
      sheet.getColumn(i + 2).numFmt = FORMATS[column];
    });
    sheet.addRow([]);
    sheet.addRow([dataCaption(asked, lang)]).getCell(1).font = { italic: true };
  } else {
    // Data that measured nothing: the sheet says so rather than list zeros.
    sheet.getColumn(1).width = 60;
    sheet.getCell('A1').value = t(lang, 'value.noData');
    sheet.getCell('A2').value = dataCaption(asked, lang);
  }
  const pains = namedPains(map);
  if (pains.length === 0) return;
  const painSheet = workbook.addWorksheet(t(lang, 'heading.dataPains'));
  const painWidths = [24, 24, 60, 40];
  headerRow(
    painSheet,
    [t(lang, 'field.stage'), t(lang, 'field.touchpoint'), t(lang, 'field.text'), t(lang, 'field.sources')],
    painWidths,
  );
  for (const p of pains) dataRow(painSheet, [p.stage, p.touchpoint, p.text, p.source], painWidths);
}
