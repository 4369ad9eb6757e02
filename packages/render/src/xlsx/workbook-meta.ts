import { type Language, Source } from '@opencjm/core';
import { z } from 'zod';
import { t } from '../i18n.ts';

/**
 * The "_opencjm" sheet: what a workbook must remember of the map that cells alone do not
 * show (ids, lane types, evidence, where each text lives), so importMapFromXlsx can turn
 * the workbook back into the same map. One row per stage, lane, card, emotion point and
 * list item; the texts themselves stay in the visible sheets, where people edit them.
 */

/** The hidden sheet's name, the same in every language: the importer looks for it. */
export const SHEETS = { meta: '_opencjm' } as const;

/** Names of the visible sheets. */
export interface SheetNames {
  map: string;
  touchpoints: string;
  pains: string;
  opportunities: string;
  kpis: string;
  metrics: string;
  data: string;
}

/**
 * The visible sheets' names in the export's language ("Карта", "Точки контакта" …). The
 * importer never looks a visible sheet up by name: the meta rows give the address of every
 * text, sheet included, so a workbook reads back whatever its language.
 */
export function sheetNames(lang: Language): SheetNames {
  return {
    map: t(lang, 'sheet.map'),
    touchpoints: t(lang, 'heading.touchpoints'),
    pains: t(lang, 'heading.pains'),
    opportunities: t(lang, 'heading.opportunities'),
    kpis: t(lang, 'heading.kpis'),
    metrics: t(lang, 'heading.metrics'),
    data: t(lang, 'heading.data'),
  };
}

export const MetaKind = z.enum([
  'map',
  'stage',
  'lane',
  'card',
  'emotion',
  'touchpoint',
  'opportunity',
  'kpi',
]);
export type MetaKind = z.infer<typeof MetaKind>;

/** Columns of the meta sheet, in order. */
export const META_COLUMNS = ['kind', 'id', 'cell', 'type', 'data'] as const;

/**
 * One row of the meta sheet. `cell` is where the row's text lives ("Map!C7");
 * `type` is the lane type or the card's evidence; `data` is JSON with the rest.
 */
export const MetaRow = z.object({
  kind: MetaKind,
  id: z.string(),
  cell: z.string().describe('Sheet!A1 address of the text (or score) this row describes'),
  type: z.string(),
  data: z.string().describe('JSON object with the fields no cell shows'),
});
export type MetaRow = z.infer<typeof MetaRow>;

/** Data of the map row. */
export const MapMeta = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  language: z.string(),
  type: z.string(),
  process: z.string(),
  description: z.string().optional(),
  template: z.string().optional(),
  basedOn: z.string().optional(),
  personas: z.array(z.string()),
});

/** Data of a stage row: where its goal is written. */
export const StageMeta = z.object({ goalCell: z.string(), description: z.string().optional() });

/** Data of a lane row: the rows of the Map sheet that hold its cards. */
export const LaneMeta = z.object({ firstCardRow: z.number().int(), lastCardRow: z.number().int() });

/** Data of a card row. */
export const CardMeta = z.object({
  lane: z.string(),
  stage: z.string(),
  sources: z.array(Source),
  persona: z.string().optional(),
  touchpoint: z.string().optional(),
});

/** Data of an emotion row. */
export const EmotionMeta = z.object({
  stage: z.string(),
  persona: z.string().optional(),
  note: z.string().optional(),
});

/** "Map!C7" → ["Map", "C7"]. */
export function splitAddress(address: string): [string, string] | undefined {
  const bang = address.lastIndexOf('!');
  if (bang <= 0) return undefined;
  return [address.slice(0, bang), address.slice(bang + 1)];
}
