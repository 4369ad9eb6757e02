import type { JourneyMap, Persona, Stage } from '@opencjm/core';
import type { Translate } from '../i18n.ts';
import type { RenderOptions } from '../options.ts';
import { CELL, type Context, gridRows } from './grid-rows.ts';
import { evidenceBadge } from './svg-badges.ts';
import { type Block, el, paragraph, stack } from './svg-builder.ts';
import { COLORS, SIZES } from './theme.ts';

/**
 * Where everything of the map grid goes: one column per stage, the row of stage names,
 * then the rows of grid-rows.ts, each as tall as its fullest cell. Pure geometry;
 * drawing lives in render-map-svg.ts.
 */

export interface Column {
  stage: Stage;
  x: number;
}

/** Something drawn across all stage columns above the cells of a row (the emotion curve). */
export interface Band {
  height: number;
  draw(y: number): string;
}

export interface GridRow {
  key: string;
  label: Block;
  cells: Block[];
  band?: Band;
}

export interface PlacedRow extends GridRow {
  y: number;
  height: number;
}

export interface GridLayout {
  left: number;
  top: number;
  width: number;
  height: number;
  columns: Column[];
  /** The row of stage names; its label cell holds the evidence key. */
  stageRow: PlacedRow;
  rows: PlacedRow[];
}

const P = SIZES.cellPadding;

function stageHeader(stage: Stage, index: number, t: Translate): Block {
  const color = COLORS.stageHeader[index % COLORS.stageHeader.length] ?? COLORS.text;
  const parts = [paragraph(stage.name, CELL, { fontSize: SIZES.stageTitle, fill: color, bold: true }, 3)];
  if (stage.goal) {
    parts.push(
      paragraph(
        `${t('field.goal')}${t('punct.colon')}${stage.goal}`,
        CELL,
        { fontSize: SIZES.small, fill: COLORS.muted },
        4,
      ),
    );
  }
  const body = stack(parts, 4);
  return {
    width: CELL,
    height: body.height + 8,
    draw: (x, y) => el('rect', { x, y, width: CELL, height: 4, rx: 2, fill: color }) + body.draw(x, y + 8),
  };
}

function rowHeight(row: GridRow): number {
  const cells = Math.max(0, ...row.cells.map((c) => c.height));
  const bandHeight = row.band?.height ?? 0;
  const content = bandHeight > 0 ? bandHeight + (cells > 0 ? cells + P : 0) : cells + 2 * P;
  return Math.max(SIZES.minRowHeight, row.label.height + 2 * P, content);
}

/** Lays out the grid with its top-left corner at (left, top). */
export function layoutGrid(
  map: JourneyMap,
  personas: readonly Persona[],
  options: RenderOptions,
  t: Translate,
  left: number,
  top: number,
): GridLayout {
  const lang = options.lang ?? map.language;
  const columns = map.stages.map((stage, i) => ({
    stage,
    x: left + SIZES.labelColumn + i * SIZES.stageColumn,
  }));
  const ctx: Context = { map, personas, options, lang, t, columns };
  const key = stack(
    (['observed', 'reported', 'hypothesis'] as const).map((e) => evidenceBadge(e, t)),
    4,
  );
  const header: GridRow = {
    key: 'stages',
    label: key,
    cells: map.stages.map((s, i) => stageHeader(s, i, t)),
  };
  const stageRow: PlacedRow = { ...header, y: top, height: rowHeight(header) };
  let y = top + stageRow.height;
  const rows = gridRows(ctx).map((row) => {
    const height = rowHeight(row);
    const placed = { ...row, y, height };
    y += height;
    return placed;
  });
  return {
    left,
    top,
    width: SIZES.labelColumn + columns.length * SIZES.stageColumn,
    height: y - top,
    columns,
    stageRow,
    rows,
  };
}
