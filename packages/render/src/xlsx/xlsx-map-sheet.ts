import type { JourneyMap, Lane, Language, Persona } from '@opencjm/core';
import type { Workbook } from 'exceljs';
import { t } from '../i18n.ts';
import { cardsAt, type EmotionCurve, emotionCurves, mapSubtitle } from '../model/map-view.ts';
import type { MapData } from '../options.ts';
import { COLORS, LANE_COLORS } from '../svg/theme.ts';
import { address, FIRST_STAGE_COL, LANE_COL, STAGE_WIDTH, SUB_COL, type Writer } from './map-sheet-layout.ts';
import type { MetaRow } from './workbook-meta.ts';
import { writeDataRows } from './xlsx-data.ts';
import { writeEmotionRows } from './xlsx-emotion-rows.ts';
import { fill, fitRow, thinBorder, wrap } from './xlsx-style.ts';

/**
 * The "Map" sheet: stages as columns, lanes as rows. Each card has a cell of its own (a
 * lane spans as many rows as its fullest stage), so editing a cell edits one card. Column
 * A holds the lane title, column B the persona of an emotion row. Returns the meta rows
 * saying where each stage, lane, card and emotion point was written.
 */

function writeHeader(w: Writer): void {
  const { sheet, map, lang } = w;
  const last = FIRST_STAGE_COL + Math.max(0, map.stages.length - 1);
  sheet.getCell(1, 1).value = map.title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getRow(1).height = 26;
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(2, 1).value = mapSubtitle(map, lang);
  sheet.getCell(2, 1).font = { color: { argb: 'FF616E7C' } };
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(3, LANE_COL).value = t(lang, 'field.lane');
  sheet.getCell(4, LANE_COL).value = t(lang, 'field.goal');
  for (const row of [3, 4]) {
    sheet.mergeCells(row, LANE_COL, row, SUB_COL);
    sheet.getCell(row, LANE_COL).font = { bold: true };
  }
  map.stages.forEach((stage, i) => {
    const col = FIRST_STAGE_COL + i;
    const color = COLORS.stageHeader[i % COLORS.stageHeader.length] ?? COLORS.text;
    const name = sheet.getCell(3, col);
    name.value = stage.name;
    name.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    fill(name, color);
    wrap(name);
    const goal = sheet.getCell(4, col);
    goal.value = stage.goal ?? null;
    wrap(goal);
    fitRow(sheet, 4, stage.goal ?? '', STAGE_WIDTH);
    const data = stage.description === undefined ? {} : { description: stage.description };
    w.meta.push({
      kind: 'stage',
      id: stage.id,
      cell: address(w, 3, col),
      type: '',
      data: JSON.stringify({ goalCell: address(w, 4, col), ...data }),
    });
  });
  w.row = 5;
}

function writeCardRows(w: Writer, lane: Lane): { first: number; last: number } {
  const { sheet, map } = w;
  const depth = Math.max(1, ...map.stages.map((s) => cardsAt(map, lane.id, s.id).length));
  const first = w.row;
  map.stages.forEach((stage, i) => {
    const col = FIRST_STAGE_COL + i;
    cardsAt(map, lane.id, stage.id).forEach((card, k) => {
      const cell = sheet.getCell(first + k, col);
      cell.value = card.text;
      cell.note = [t(w.lang, `evidence.${card.evidence}`), ...card.sources.map((s) => s.title)].join('\n');
      if (card.evidence === 'hypothesis') cell.font = { italic: true };
      fitRow(sheet, first + k, card.text, STAGE_WIDTH);
      const { lane: laneId, stage: stageId, sources, persona, touchpoint } = card;
      w.meta.push({
        kind: 'card',
        id: card.id,
        cell: address(w, first + k, col),
        type: card.evidence,
        data: JSON.stringify({ lane: laneId, stage: stageId, sources, persona, touchpoint }),
      });
    });
    for (let k = 0; k < depth; k++) {
      const cell = sheet.getCell(first + k, col);
      wrap(cell);
      thinBorder(cell);
      fill(cell, LANE_COLORS[lane.type].fill);
    }
  });
  w.row = first + depth;
  return { first, last: first + depth - 1 };
}

function writeLane(w: Writer, lane: Lane, curves: readonly EmotionCurve[]): void {
  const top = w.row;
  if (lane.type === 'emotion') writeEmotionRows(w, curves);
  const cards = writeCardRows(w, lane);
  const title = w.sheet.getCell(top, LANE_COL);
  title.value = lane.title;
  title.font = { bold: true };
  wrap(title);
  fill(title, '#f5f7fa');
  if (w.row - 1 > top) w.sheet.mergeCells(top, LANE_COL, w.row - 1, LANE_COL);
  w.meta.push({
    kind: 'lane',
    id: lane.id,
    cell: address(w, top, LANE_COL),
    type: lane.type,
    data: JSON.stringify({ firstCardRow: cards.first, lastCardRow: cards.last }),
  });
}

/** Writes the Map sheet into the workbook and returns its meta rows. */
export function writeMapSheet(
  workbook: Workbook,
  map: JourneyMap,
  personas: readonly Persona[],
  lang: Language,
  name: string,
  data?: MapData,
): MetaRow[] {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: SUB_COL, ySplit: 3 }],
  });
  sheet.getColumn(LANE_COL).width = 22;
  sheet.getColumn(SUB_COL).width = 14;
  map.stages.forEach((_, i) => {
    sheet.getColumn(FIRST_STAGE_COL + i).width = STAGE_WIDTH;
  });
  const w: Writer = { sheet, map, personas, lang, meta: [], row: 1 };
  const { schemaVersion, id, language, type, process, description, template, basedOn, personas: ids } = map;
  w.meta.push({
    kind: 'map',
    id,
    cell: `${name}!A1`,
    type: '',
    data: JSON.stringify({
      schemaVersion,
      id,
      language,
      type,
      process,
      description,
      template,
      basedOn,
      personas: ids,
    }),
  });
  writeHeader(w);
  const curves = emotionCurves(map);
  for (const lane of map.lanes) writeLane(w, lane, curves);
  if (curves.length > 0 && !map.lanes.some((l) => l.type === 'emotion')) {
    const top = w.row;
    writeEmotionRows(w, curves);
    const title = sheet.getCell(top, LANE_COL);
    title.value = t(lang, 'heading.emotion');
    title.font = { bold: true };
    if (w.row - 1 > top) sheet.mergeCells(top, LANE_COL, w.row - 1, LANE_COL);
  }
  if (data) writeDataRows(w, data);
  return inDocumentOrder(w.meta, map);
}

/**
 * Meta rows of cards and emotion points in the map's own order (the sheet writes them
 * cell by cell), so a map read back lists them as the original did.
 */
function inDocumentOrder(meta: MetaRow[], map: JourneyMap): MetaRow[] {
  const cards = new Map(map.cards.map((c, i) => [c.id, i]));
  const emotions = new Map(map.emotions.map((e, i) => [`${e.stage} ${e.persona ?? ''}`, i]));
  const emotionKey = (row: MetaRow) => {
    const data = JSON.parse(row.data) as { stage: string; persona?: string };
    return `${data.stage} ${data.persona ?? ''}`;
  };
  const order = (row: MetaRow) => {
    if (row.kind === 'card') return cards.get(row.id) ?? 0;
    if (row.kind === 'emotion') return emotions.get(emotionKey(row)) ?? 0;
    return 0;
  };
  return meta
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.kind.localeCompare(b.row.kind) || order(a.row) - order(b.row) || a.i - b.i)
    .map(({ row }) => row);
}
