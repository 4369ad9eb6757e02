import type { Cell, Worksheet } from 'exceljs';
import { wrapText } from '../text/text-wrap.ts';

/**
 * Cell styles shared by the sheets. Excel does not grow rows to fit wrapped text that a
 * program wrote, so row heights are estimated here with the same text measure as the SVG.
 */

/** #rrggbb → ExcelJS ARGB. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Pixels per Excel column-width unit (one "0" of the default 11 pt font). */
const PX_PER_WIDTH_UNIT = 7;
const POINTS_PER_LINE = 15;

/** Rough height in points that shows every line of the text in a column of that width. */
export function textHeight(text: string, columnWidth: number): number {
  const { lines } = wrapText(text, { maxWidth: (columnWidth - 1) * PX_PER_WIDTH_UNIT, fontSize: 11 });
  return lines.length * POINTS_PER_LINE + 4;
}

/** Grows a row so the text of a cell fits; never shrinks it. */
export function fitRow(sheet: Worksheet, row: number, text: string, columnWidth: number): void {
  const r = sheet.getRow(row);
  r.height = Math.min(409, Math.max(r.height ?? POINTS_PER_LINE, textHeight(text, columnWidth)));
}

export function wrap(cell: Cell): void {
  cell.alignment = { wrapText: true, vertical: 'top' };
}

export function fill(cell: Cell, hex: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

export function thinBorder(cell: Cell): void {
  const side = { style: 'thin' as const, color: { argb: 'FFD9DEE4' } };
  cell.border = { top: side, left: side, bottom: side, right: side };
}

/** A bold header row with a light fill, frozen under the top of the sheet. */
export function headerRow(sheet: Worksheet, titles: readonly string[], widths: readonly number[]): void {
  const row = sheet.addRow([...titles]);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    fill(cell, '#eef2f7');
    wrap(cell);
    thinBorder(cell);
  });
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** Appends a data row with wrapped, bordered cells and a fitted height. */
export function dataRow(
  sheet: Worksheet,
  values: readonly (string | number | null)[],
  widths: readonly number[],
): void {
  const row = sheet.addRow([...values]);
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    wrap(cell);
    thinBorder(cell);
    if (typeof value === 'string') fitRow(sheet, row.number, value, widths[i] ?? 12);
  });
}
