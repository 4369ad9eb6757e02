import { type JourneyMap, Kpi, type Language, Opportunity, Touchpoint } from '@opencjm/core';
import type { Workbook } from 'exceljs';
import type { z } from 'zod';
import { t } from '../i18n.ts';
import { cardsOfLaneType, stageName } from '../model/map-view.ts';
import type { StageMetrics } from '../options.ts';
import type { MetaRow, SheetNames } from './workbook-meta.ts';
import { dataRow, headerRow } from './xlsx-style.ts';

/**
 * The list sheets beside the map: touchpoints, pains, opportunities with their owners,
 * KPIs and, when given, stage metrics. One row per item, ids in column A.
 */

/** Column layout of the Opportunities sheet; the importer reads these columns back. */
export const OPPORTUNITY_COLUMNS = {
  id: 1,
  title: 2,
  stage: 3,
  owner: 4,
  status: 5,
  impact: 6,
  effort: 7,
  pains: 8,
  description: 9,
} as const;

/** JSON with keys in schema order, so a map read back and written again gives the same sheet. */
function canonical<T>(schema: z.ZodType<T>, value: T): string {
  return JSON.stringify(schema.parse(value));
}

function matchText(match: JourneyMap['touchpoints'][number]['match']): string {
  if (!match) return '';
  return Object.entries(match)
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' ');
}

/** Writes Touchpoints, Pains, Opportunities, KPIs (and Metrics); returns their meta rows. */
export function writeListSheets(
  workbook: Workbook,
  map: JourneyMap,
  lang: Language,
  metrics: StageMetrics | undefined,
  names: SheetNames,
): MetaRow[] {
  const meta: MetaRow[] = [];

  const touchpoints = workbook.addWorksheet(names.touchpoints);
  const tpWidths = [16, 28, 16, 10, 14, 22, 30];
  headerRow(
    touchpoints,
    (
      [
        'field.id',
        'field.name',
        'field.channel',
        'field.kind',
        'field.sourceKind',
        'field.stage',
        'field.event',
      ] as const
    ).map((key) => t(lang, key)),
    tpWidths,
  );
  for (const tp of map.touchpoints) {
    dataRow(
      touchpoints,
      [
        tp.id,
        tp.name,
        tp.channel,
        t(lang, `kind.${tp.kind}`),
        tp.source,
        stageName(map, tp.stage),
        matchText(tp.match),
      ],
      tpWidths,
    );
    meta.push({ kind: 'touchpoint', id: tp.id, cell: '', type: '', data: canonical(Touchpoint, tp) });
  }

  const pains = workbook.addWorksheet(names.pains);
  const painWidths = [14, 22, 50, 14, 30];
  headerRow(
    pains,
    [
      t(lang, 'field.id'),
      t(lang, 'field.stage'),
      t(lang, 'field.text'),
      t(lang, 'field.evidence'),
      t(lang, 'field.sources'),
    ],
    painWidths,
  );
  for (const card of cardsOfLaneType(map, 'pains')) {
    dataRow(
      pains,
      [
        card.id,
        stageName(map, card.stage),
        card.text,
        t(lang, `evidence.${card.evidence}`),
        card.sources.map((s) => s.title).join('; '),
      ],
      painWidths,
    );
  }

  const opportunities = workbook.addWorksheet(names.opportunities);
  const oppWidths = [12, 36, 20, 24, 14, 10, 10, 16, 40];
  headerRow(
    opportunities,
    [
      t(lang, 'field.id'),
      t(lang, 'field.title'),
      t(lang, 'field.stage'),
      t(lang, 'field.owner'),
      t(lang, 'field.status'),
      t(lang, 'field.impact'),
      t(lang, 'field.effort'),
      t(lang, 'field.pains'),
      t(lang, 'field.description'),
    ],
    oppWidths,
  );
  for (const o of map.opportunities) {
    dataRow(
      opportunities,
      [
        o.id,
        o.title,
        stageName(map, o.stage),
        o.owner ?? '',
        t(lang, `status.${o.status}`),
        o.impact ?? null,
        o.effort ?? null,
        o.pains.join(', '),
        o.description ?? '',
      ],
      oppWidths,
    );
    meta.push({
      kind: 'opportunity',
      id: o.id,
      cell: `${names.opportunities}!A${opportunities.rowCount}`,
      type: '',
      data: canonical(Opportunity, o),
    });
  }

  const kpis = workbook.addWorksheet(names.kpis);
  const kpiWidths = [12, 32, 22, 16, 12, 10];
  headerRow(
    kpis,
    [
      t(lang, 'field.id'),
      t(lang, 'field.name'),
      t(lang, 'field.stage'),
      t(lang, 'field.metric'),
      t(lang, 'field.target'),
      t(lang, 'field.unit'),
    ],
    kpiWidths,
  );
  for (const k of map.kpis) {
    dataRow(
      kpis,
      [k.id, k.name, stageName(map, k.stage), k.metric, k.target ?? null, k.unit ?? ''],
      kpiWidths,
    );
    meta.push({ kind: 'kpi', id: k.id, cell: '', type: '', data: canonical(Kpi, k) });
  }

  if (metrics) {
    const sheet = workbook.addWorksheet(names.metrics);
    const widths = [24, 12, 12, 12, 16];
    headerRow(
      sheet,
      [
        t(lang, 'field.stage'),
        t(lang, 'metric.customers'),
        t(lang, 'metric.conversion'),
        t(lang, 'metric.dropOff'),
        `${t(lang, 'metric.medianTime')}, s`,
      ],
      widths,
    );
    for (const stage of map.stages) {
      const m = metrics[stage.id];
      if (!m) continue;
      dataRow(
        sheet,
        [stage.name, m.customers ?? null, m.conversion ?? null, m.dropOff ?? null, m.medianSeconds ?? null],
        widths,
      );
    }
    sheet.getColumn(3).numFmt = '0.0%';
    sheet.getColumn(4).numFmt = '0.0%';
  }
  return meta;
}
