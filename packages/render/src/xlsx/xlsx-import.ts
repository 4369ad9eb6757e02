import { JourneyMap, Kpi, LaneType, Touchpoint } from '@opencjm/core';
import ExcelJS, { type Workbook } from 'exceljs';
import { CellReader, dataOf, META, only, readMetaRows } from './meta-reader.ts';
import { MapMeta } from './workbook-meta.ts';
import { XlsxImportError } from './xlsx-error.ts';
import { readCards, readEmotions, readOpportunities, readStages } from './xlsx-read-parts.ts';

async function load(buffer: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; a copy gives one of exactly these bytes.
    await workbook.xlsx.load(buffer.slice().buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxImportError('(workbook)', '', `not a readable XLSX file (${reason})`);
  }
  return workbook;
}

/**
 * Reads a workbook written by mapToXlsx back into a map. Texts come from the visible
 * sheets (so edits made in Excel are kept: a changed card text, a new card typed into an
 * empty cell of a lane, a cleared cell that deletes a card, changed emotion scores and
 * opportunity owners); ids and the rest come from the hidden "_opencjm" sheet.
 *
 * @throws XlsxImportError naming the sheet and cell of the first problem
 * @example const map = await importMapFromXlsx(await readFile('map.xlsx'));
 */
export async function importMapFromXlsx(buffer: Uint8Array): Promise<JourneyMap> {
  const workbook = await load(buffer);
  const rows = readMetaRows(workbook);
  const cells = new CellReader(workbook);
  const mapRow = only(rows, 'map')[0];
  if (!mapRow) throw new XlsxImportError(META, '', 'there is no row of kind "map"');
  const meta = dataOf(mapRow, MapMeta);
  const { stages, columns } = readStages(rows, cells);
  const lanes = only(rows, 'lane').map((row) => {
    const type = LaneType.safeParse(row.type);
    if (!type.success) throw new XlsxImportError(META, `D${row.row}`, `unknown lane type "${row.type}"`);
    return { id: row.id, type: type.data, title: cells.required(row.cell, row, 'A lane title') };
  });
  const candidate = {
    ...meta,
    title: cells.required(mapRow.cell, mapRow, 'The map title'),
    stages,
    lanes,
    cards: readCards(rows, cells, columns),
    emotions: readEmotions(rows, cells),
    touchpoints: only(rows, 'touchpoint').map((row) => dataOf(row, Touchpoint)),
    opportunities: readOpportunities(rows, cells),
    kpis: only(rows, 'kpi').map((row) => dataOf(row, Kpi)),
  };
  const parsed = JourneyMap.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new XlsxImportError(META, '', `the map is not valid: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
