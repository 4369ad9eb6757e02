import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';

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

/**
 * Makes the workbook's default font (what Excel gives a cell someone types into) the same
 * named font. ExcelJS always writes Calibri with the theme's "minor" scheme there, which
 * would win over the name, so both are replaced in xl/styles.xml.
 */
export async function withDefaultFont(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = zip.file('xl/styles.xml');
  if (!styles) return bytes;
  const xml = await styles.async('string');
  const escaped = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  zip.file(
    'xl/styles.xml',
    xml.replace(/<name val="Calibri"\/>/g, `<name val="${escaped}"/>`).replace(/<scheme val="minor"\/>/g, ''),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
