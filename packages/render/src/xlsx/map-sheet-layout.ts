import type { JourneyMap, Language, Persona } from '@opencjm/core';
import type { Worksheet } from 'exceljs';
import type { MetaRow } from './workbook-meta.ts';

/** Columns of the Map sheet: lane title, sub-label (persona of an emotion row), then stages. */
export const LANE_COL = 1;
export const SUB_COL = 2;
export const FIRST_STAGE_COL = 3;
export const STAGE_WIDTH = 36;

/** State of the Map sheet writer: the next free row and the meta rows so far. */
export interface Writer {
  sheet: Worksheet;
  map: JourneyMap;
  personas: readonly Persona[];
  lang: Language;
  meta: MetaRow[];
  row: number;
}

/** "Map!C7" (in the sheet's own name, e.g. "Карта!C7") for a cell of the Map sheet. */
export function address(w: Writer, row: number, col: number): string {
  return `${w.sheet.name}!${w.sheet.getCell(row, col).address}`;
}
