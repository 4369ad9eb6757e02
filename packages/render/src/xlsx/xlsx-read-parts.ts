import {
  type Card,
  type Emotion,
  Evidence,
  LANGUAGES,
  type Opportunity,
  Opportunity as OpportunitySchema,
  OpportunityStatus,
  type Stage,
} from '@opencjm/core';
import { t } from '../i18n.ts';
import { type CellReader, dataOf, type Located, META, only } from './meta-reader.ts';
import { CardMeta, EmotionMeta, LaneMeta, StageMeta } from './workbook-meta.ts';
import { XlsxImportError } from './xlsx-error.ts';
import { OPPORTUNITY_COLUMNS } from './xlsx-list-sheets.ts';

/**
 * The parts of a map read back from a workbook: texts from the visible cells, ids and the
 * rest from the meta rows.
 */

export function readStages(
  rows: Located[],
  cells: CellReader,
): { stages: Stage[]; columns: Map<number, string> } {
  const columns = new Map<number, string>();
  const stages = only(rows, 'stage').map((row) => {
    const meta = dataOf(row, StageMeta);
    const stage: Stage = { id: row.id, name: cells.required(row.cell, row, 'A stage name') };
    const goal = cells.text(meta.goalCell, row).trim();
    if (goal) stage.goal = goal;
    if (meta.description !== undefined) stage.description = meta.description;
    columns.set(Number(cells.cell(row.cell, row).col), row.id);
    return stage;
  });
  return { stages, columns };
}

export function readCards(rows: Located[], cells: CellReader, stageColumns: Map<number, string>): Card[] {
  const taken = new Set<string>();
  const cards: Card[] = [];
  for (const row of only(rows, 'card')) {
    const meta = dataOf(row, CardMeta);
    const cell = cells.cell(row.cell, row);
    taken.add(cell.address);
    const evidence = Evidence.safeParse(row.type);
    if (!evidence.success) {
      throw new XlsxImportError(
        META,
        `D${row.row}`,
        `evidence must be one of ${Evidence.options.join(', ')}`,
      );
    }
    // A cleared cell deletes its card.
    if (cell.text.trim() === '') continue;
    const card: Card = {
      id: row.id,
      lane: meta.lane,
      stage: meta.stage,
      text: cell.text,
      evidence: evidence.data,
      sources: meta.sources,
    };
    if (meta.persona !== undefined) card.persona = meta.persona;
    if (meta.touchpoint !== undefined) card.touchpoint = meta.touchpoint;
    cards.push(card);
  }
  // Text typed into an empty cell of a lane becomes a new hypothesis card.
  const ids = new Set(cards.map((c) => c.id));
  for (const row of only(rows, 'lane')) {
    const lane = dataOf(row, LaneMeta);
    const sheet = cells.cell(row.cell, row).worksheet;
    for (let r = lane.firstCardRow; r <= lane.lastCardRow; r++) {
      for (const [col, stage] of stageColumns) {
        const cell = sheet.getCell(r, col);
        if (taken.has(cell.address) || cell.text.trim() === '') continue;
        let id = `${row.id}-${stage}-${r}`;
        while (ids.has(id)) id += '-new';
        ids.add(id);
        cards.push({ id, lane: row.id, stage, text: cell.text, evidence: 'hypothesis', sources: [] });
      }
    }
  }
  return cards;
}

export function readEmotions(rows: Located[], cells: CellReader): Emotion[] {
  return only(rows, 'emotion').flatMap((row) => {
    const meta = dataOf(row, EmotionMeta);
    const cell = cells.cell(row.cell, row);
    const value = cell.value;
    const raw = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
    if (raw === null || raw === undefined || cell.text.trim() === '') return [];
    const score = typeof raw === 'number' ? raw : Number(String(raw).replace('−', '-').replace(',', '.'));
    if (!Number.isFinite(score) || score < -2 || score > 2) {
      throw new XlsxImportError(
        cell.worksheet.name,
        cell.address,
        `an emotion score must be a number from -2 to 2, got "${cell.text}"`,
      );
    }
    const emotion: Emotion = { stage: meta.stage, score };
    if (meta.persona !== undefined) emotion.persona = meta.persona;
    if (meta.note !== undefined) emotion.note = meta.note;
    return [emotion];
  });
}

/** Status words in every language (and the ids themselves) → status. */
const STATUS_WORDS = new Map<string, Opportunity['status']>(
  OpportunityStatus.options.flatMap((status) => [
    [status, status] as const,
    ...LANGUAGES.map((lang) => [t(lang, `status.${status}`), status] as const),
  ]),
);

export function readOpportunities(rows: Located[], cells: CellReader): Opportunity[] {
  return only(rows, 'opportunity').map((row) => {
    const base = dataOf(row, OpportunitySchema);
    const anchor = cells.cell(row.cell, row);
    const sheet = anchor.worksheet;
    const at = (col: number) => sheet.getCell(Number(anchor.row), col);
    const title = at(OPPORTUNITY_COLUMNS.title);
    if (title.text.trim() === '')
      throw new XlsxImportError(sheet.name, title.address, 'a title must not be empty');
    const statusCell = at(OPPORTUNITY_COLUMNS.status);
    const status = STATUS_WORDS.get(statusCell.text.trim());
    if (!status) {
      throw new XlsxImportError(sheet.name, statusCell.address, `unknown status "${statusCell.text}"`);
    }
    const scale = (col: number): number | undefined => {
      const cell = at(col);
      if (cell.text.trim() === '') return undefined;
      const n = Number(cell.text);
      if (!Number.isInteger(n) || n < 1 || n > 5) {
        throw new XlsxImportError(
          sheet.name,
          cell.address,
          `must be a whole number from 1 to 5, got "${cell.text}"`,
        );
      }
      return n;
    };
    const result: Opportunity = { ...base, title: title.text, status };
    const owner = at(OPPORTUNITY_COLUMNS.owner).text.trim();
    if (owner) result.owner = owner;
    else delete result.owner;
    const impact = scale(OPPORTUNITY_COLUMNS.impact);
    const effort = scale(OPPORTUNITY_COLUMNS.effort);
    if (impact === undefined) delete result.impact;
    else result.impact = impact;
    if (effort === undefined) delete result.effort;
    else result.effort = effort;
    return result;
  });
}
