import type { JourneyMap, Language } from '@opencjm/core';
import { t } from '../i18n.ts';
import { acceptedPains, stageName, touchpointIndex } from '../model/map-view.ts';
import type { MapData, StageMetric } from '../options.ts';
import { formatDuration, formatInteger, formatShare, formatSigned } from '../text/format.ts';

/**
 * The "with data" figures as plain rows, named (stage and touchpoint names, never ids), so
 * the workbook, the slides and the reports print the same table.
 */

/** Columns of the figures table that at least one stage fills, in a fixed order. */
const COLUMNS = [
  'customers',
  'conversion',
  'dropOff',
  'medianSeconds',
  'emotion',
  'sentiment',
  'nps',
] as const satisfies readonly (keyof StageMetric)[];
export type FigureColumn = (typeof COLUMNS)[number];

const LABELS: Record<FigureColumn, Parameters<typeof t>[1]> = {
  customers: 'metric.customers',
  conversion: 'metric.conversion',
  dropOff: 'metric.dropOff',
  medianSeconds: 'metric.medianTime',
  emotion: 'metric.emotion',
  sentiment: 'metric.sentiment',
  nps: 'metric.nps',
};

/** The columns some stage of the map has a figure for. */
export function figureColumns(map: JourneyMap, data: MapData): FigureColumn[] {
  return COLUMNS.filter((column) => map.stages.some((s) => data.stages[s.id]?.[column] != null));
}

/** The header of a figure column in the language. */
export function figureLabel(column: FigureColumn, lang: Language): string {
  return t(lang, LABELS[column]);
}

/** A figure as text in the language; "—" when not measured. */
export function figureText(metric: StageMetric | undefined, column: FigureColumn, lang: Language): string {
  const value = metric?.[column];
  if (value == null) return t(lang, 'value.none');
  switch (column) {
    case 'customers':
      return formatInteger(value, lang);
    case 'conversion':
    case 'dropOff':
      return formatShare(value, lang);
    case 'medianSeconds':
      return formatDuration(value, lang);
    case 'emotion':
      return formatSigned(value, lang, 1);
    case 'sentiment':
      return formatSigned(value, lang);
    case 'nps':
      return formatSigned(value, lang, 0);
  }
}

/** The figures table: the stage name, then one cell per column. */
export function figureRows(
  map: JourneyMap,
  data: MapData,
  lang: Language,
): { head: string[]; rows: string[][] } {
  const columns = figureColumns(map, data);
  return {
    head: [t(lang, 'field.stage'), ...columns.map((c) => figureLabel(c, lang))],
    rows: map.stages.map((s) => [s.name, ...columns.map((c) => figureText(data.stages[s.id], c, lang))]),
  };
}

/** One accepted pain, named: stage, touchpoint, text and the analysis that found it. */
export interface NamedPain {
  stage: string;
  touchpoint: string;
  text: string;
  source: string;
}

/** The pains accepted from the data, with stage and touchpoint names. */
export function namedPains(map: JourneyMap): NamedPain[] {
  const touchpoints = touchpointIndex(map);
  return acceptedPains(map).map((card) => ({
    stage: stageName(map, card.stage),
    touchpoint: card.touchpoint ? (touchpoints.get(card.touchpoint)?.name ?? '') : '',
    text: card.text,
    source: card.sources.map((s) => s.title).join('; '),
  }));
}
