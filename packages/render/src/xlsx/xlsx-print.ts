import type { Workbook, Worksheet } from 'exceljs';

/** Landscape, one page wide and as many pages tall as the rows need, on A4 paper. */
export function printLandscape(sheet: Worksheet): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
  };
}

/**
 * Gives every written cell one named font, keeping its size, weight, slant and colour, so
 * the workbook looks the same wherever it opens (ExcelJS would leave most cells in its
 * default Calibri, which machines without Office substitute).
 */
export function useOneFont(workbook: Workbook, name: string): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { ...cell.font, name };
      });
    });
  }
}
