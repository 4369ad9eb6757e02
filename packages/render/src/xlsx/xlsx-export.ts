import type { JourneyMap } from '@opencjm/core';
import ExcelJS from 'exceljs';
import { mapPersonas } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput } from '../options.ts';
import { META_COLUMNS, type MetaRow, SHEETS } from './workbook-meta.ts';
import { writeListSheets } from './xlsx-list-sheets.ts';
import { writeMapSheet } from './xlsx-map-sheet.ts';

/**
 * The map as an Excel workbook: a styled "Map" sheet (stages × lanes, emotion scores with
 * a colour scale), the Touchpoints, Pains, Opportunities and KPIs lists, and a hidden
 * "_opencjm" sheet that lets importMapFromXlsx read the workbook back into the map.
 *
 * @example await writeFile('map.xlsx', await mapToXlsx(annaMap()));
 */
export async function mapToXlsx(map: JourneyMap, options: RenderOptionsInput = {}): Promise<Uint8Array> {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenCJM';
  workbook.title = map.title;
  const meta: MetaRow[] = [
    ...writeMapSheet(workbook, map, mapPersonas(map, opts.personas ?? []), lang),
    ...writeListSheets(workbook, map, lang, opts.metrics),
  ];
  const sheet = workbook.addWorksheet(SHEETS.meta, { state: 'hidden' });
  sheet.addRow([...META_COLUMNS]);
  for (const row of meta) sheet.addRow(META_COLUMNS.map((column) => row[column]));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
