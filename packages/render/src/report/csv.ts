import { writeToString } from '@fast-csv/format';
import type { JourneyMap } from '@opencjm/core';
import { laneOf, stageName, touchpointIndex } from '../model/map-view.ts';

/** Columns of the cards CSV: stable English ids, for spreadsheets and scripts alike. */
export const CSV_COLUMNS = [
  'card_id',
  'stage_id',
  'stage',
  'lane_id',
  'lane',
  'lane_type',
  'text',
  'evidence',
  'touchpoint',
  'persona',
  'sources',
] as const;

/**
 * The cards of the map as CSV, one row per card in document order. Quoting follows
 * RFC 4180 (fast-csv: fields with commas, quotes or line breaks are quoted, quotes
 * doubled; CRLF between records).
 *
 * @example await writeFile('cards.csv', await renderCardsCsv(annaMap()));
 */
export async function renderCardsCsv(map: JourneyMap): Promise<string> {
  const touchpoints = touchpointIndex(map);
  const rows = map.cards.map((card) => {
    const lane = laneOf(map, card);
    return [
      card.id,
      card.stage,
      stageName(map, card.stage),
      card.lane,
      lane?.title ?? '',
      lane?.type ?? '',
      card.text,
      card.evidence,
      card.touchpoint ? (touchpoints.get(card.touchpoint)?.name ?? card.touchpoint) : '',
      card.persona ?? '',
      card.sources.map((s) => s.title).join('; '),
    ];
  });
  return writeToString([[...CSV_COLUMNS], ...rows.map((row) => row.map(neutraliseFormula))], {
    rowDelimiter: '\r\n',
    includeEndRowDelimiter: true,
  });
}

/**
 * A cell starting with = + - @ (or a tab / carriage return) would run as a formula when
 * the CSV is opened in a spreadsheet; a leading apostrophe keeps it text. fast-csv has no
 * such option, so it is done here.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
