import type { JourneyMap } from '@opencjm/core';
import ExcelJS from 'exceljs';
import { mapPersonas } from '../model/map-view.ts';
import { measured, RenderOptions, type RenderOptionsInput, stageFigures } from '../options.ts';
import { officeFont } from '../text/office-font.ts';
import { META_COLUMNS, type MetaRow, SHEETS, sheetNames } from './workbook-meta.ts';
import { writeDataSheet } from './xlsx-data.ts';
import { writeListSheets } from './xlsx-list-sheets.ts';
import { writeMapSheet } from './xlsx-map-sheet.ts';
import { printLandscape, useOneFont, withDefaultFont } from './xlsx-print.ts';

/**
 * The map as an Excel workbook: a styled Map sheet (stages × lanes, emotion scores with
 * a colour scale), the Touchpoints, Pains, Opportunities and KPIs lists, and a hidden
 * "_opencjm" sheet that lets importMapFromXlsx read the workbook back into the map.
 * Sheet names are in the export's language, every sheet prints landscape one page wide,
 * and every cell uses one named font. "With data" (`data`), the measured figures follow
 * the lanes on the Map sheet, and Data and accepted-pains sheets list them by name.
 *
 * @example await writeFile('map.xlsx', await mapToXlsx(annaMap()));
 */
export async function mapToXlsx(map: JourneyMap, options: RenderOptionsInput = {}): Promise<Uint8Array> {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const names = sheetNames(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenCJM';
  workbook.title = map.title;
  const personas = mapPersonas(map, opts.personas ?? []);
  const meta: MetaRow[] = [
    ...writeMapSheet(workbook, map, personas, lang, names.map, measured(opts.data)),
    ...writeListSheets(workbook, map, lang, opts.data ? undefined : stageFigures(opts), names),
  ];
  if (opts.data) writeDataSheet(workbook, map, opts.data, lang, names.data);
  const sheet = workbook.addWorksheet(SHEETS.meta, { state: 'hidden' });
  sheet.addRow([...META_COLUMNS]);
  for (const row of meta) sheet.addRow(META_COLUMNS.map((column) => row[column]));
  for (const ws of workbook.worksheets) printLandscape(ws);
  const font = officeFont(lang);
  useOneFont(workbook, font);
  const buffer = await workbook.xlsx.writeBuffer();
  return withDefaultFont(new Uint8Array(buffer), font);
}
