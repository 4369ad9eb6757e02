import { MIN_FONT, splitToFit, textHeight, textWidth, wordsFit } from './pptx-text.ts';

/**
 * How the map is cut into overview slides so nothing is under {@link MIN_FONT} and no word
 * is broken: a number of stages per slide (wider columns for fewer stages) and the rows
 * packed by their height at the minimum size. Of all stage counts the one giving the fewest
 * slides wins, the most stages per slide among equals.
 */

/** One row of the overview: a lane, the opportunities or the figures. */
export interface PlanRow {
  key: string;
  title: string;
  /** Texts of each stage's cell; a score row holds one short text per cell. */
  cells: string[][];
  /** Fixed height in inches (a row of scores), instead of one measured from its texts. */
  fixed?: number;
}

export interface PlanGeometry {
  /** Width of all stage columns together, inches. */
  width: number;
  /** Names of the stages, drawn bold over their columns: their words must fit a column too. */
  headers?: readonly string[];
  /** Height available to rows on one slide, inches. */
  height: number;
  /** Width of the lane titles' column, inches. */
  label: number;
  /** Gap between boxes, inches. */
  gap: number;
}

export interface OverviewSlide {
  /** Indexes of the stages on the slide. */
  stages: number[];
  rows: PlanRow[];
}

const INSETS = 0.16;

function rowHeight(row: PlanRow, columnWidth: number, geometry: PlanGeometry): number | undefined {
  if (row.fixed !== undefined) return row.fixed;
  const titleWidth = textWidth(geometry.label - geometry.gap);
  if (!wordsFit([row.title], titleWidth, MIN_FONT, true)) return undefined;
  let tallest = textHeight([row.title], titleWidth, MIN_FONT) / 72 + INSETS;
  for (const cell of row.cells) {
    if (cell.length === 0) continue;
    const width = textWidth(columnWidth - geometry.gap, cell.length > 1);
    if (!wordsFit(cell, width, MIN_FONT)) return undefined;
    tallest = Math.max(tallest, textHeight(cell, width, MIN_FONT) / 72 + INSETS);
  }
  return tallest;
}

/** A row too tall for a slide, cut into parts whose cells each fit the slide's height. */
function splitRow(row: PlanRow, columnWidth: number, geometry: PlanGeometry): PlanRow[] {
  const chunks = row.cells.map((cell) =>
    splitToFit(cell, columnWidth - geometry.gap, geometry.height - INSETS, [], cell.length > 1),
  );
  const parts = Math.max(1, ...chunks.map((c) => c.length));
  return Array.from({ length: parts }, (_, k) => ({
    ...row,
    key: `${row.key}:${k}`,
    cells: chunks.map((c) => c[k] ?? []),
  }));
}

interface Packed {
  pages: { row: PlanRow; height: number }[][];
}

function pack(rows: readonly PlanRow[], stageCount: number, geometry: PlanGeometry): Packed | undefined {
  const columnWidth = geometry.width / stageCount;
  const measured: { row: PlanRow; height: number }[] = [];
  for (const row of rows) {
    const height = rowHeight(row, columnWidth, geometry);
    if (height === undefined) return undefined;
    if (height <= geometry.height) {
      measured.push({ row, height });
      continue;
    }
    for (const part of splitRow(row, columnWidth, geometry)) {
      measured.push({
        row: part,
        height: Math.min(geometry.height, rowHeight(part, columnWidth, geometry) ?? 0),
      });
    }
  }
  const pages: { row: PlanRow; height: number }[][] = [];
  let page: { row: PlanRow; height: number }[] = [];
  let used = 0;
  for (const item of measured) {
    if (page.length > 0 && used + item.height > geometry.height) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += item.height;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return { pages };
}

function stagesOf(group: number, perSlide: number, stageCount: number): number[] {
  const count = Math.max(0, Math.min(perSlide, stageCount - group * perSlide));
  return Array.from({ length: count }, (_, i) => group * perSlide + i);
}

/** The overview slides: stage groups × row pages, each row with the height it needs. */
export function planOverview(
  rows: readonly PlanRow[],
  stageCount: number,
  geometry: PlanGeometry,
): (OverviewSlide & { heights: number[] })[] {
  let best: { perSlide: number; packs: Packed[]; total: number } | undefined;
  for (let perSlide = Math.max(1, stageCount); perSlide >= 1; perSlide--) {
    const groups = Math.max(1, Math.ceil(stageCount / perSlide));
    const packs: Packed[] = [];
    for (let g = 0; g < groups; g++) {
      const stages = stagesOf(g, perSlide, stageCount);
      const headerWidth = textWidth(geometry.width / perSlide - geometry.gap);
      const headers = stages.map((i) => geometry.headers?.[i] ?? '');
      if (!wordsFit(headers, headerWidth, MIN_FONT, true)) break;
      const packed = pack(
        rows.map((row) => ({ ...row, cells: stages.map((i) => row.cells[i] ?? []) })),
        perSlide,
        geometry,
      );
      if (!packed) break;
      packs.push(packed);
    }
    if (packs.length < groups) continue;
    const total = packs.reduce((sum, p) => sum + p.pages.length, 0);
    if (!best || total < best.total) best = { perSlide, packs, total };
  }
  if (!best) {
    // Not even one stage per slide keeps every word whole: a word wider than the slide.
    throw new Error('a word of the map is wider than a whole slide at the minimum font size');
  }
  const { perSlide, packs } = best;
  return packs.flatMap((packed, g) =>
    packed.pages.map((page) => ({
      stages: stagesOf(g, perSlide, stageCount),
      rows: page.map((p) => p.row),
      heights: page.map((p) => p.height),
    })),
  );
}
