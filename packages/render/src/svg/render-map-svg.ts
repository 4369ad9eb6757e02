import type { JourneyMap } from '@opencjm/core';
import { translator } from '../i18n.ts';
import { mapPersonas } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput } from '../options.ts';
import { type GridLayout, layoutGrid, type PlacedRow } from './layout.ts';
import { el, piece, title } from './svg-builder.ts';
import { headerBlock } from './svg-header.ts';
import { COLORS, FONT_FAMILY, SIZES } from './theme.ts';

const MIN_WIDTH = 760;
const P = SIZES.cellPadding;

/** Grid lines and the shaded label column, drawn under the content. */
function drawFrame(grid: GridLayout): string {
  const right = grid.left + grid.width;
  const bottom = grid.top + grid.height;
  const rowLines = grid.rows
    .map((row) => el('line', { x1: grid.left, x2: right, y1: row.y, y2: row.y, stroke: COLORS.grid }))
    .join('');
  const columnLines = grid.columns
    .map((c) => el('line', { x1: c.x, x2: c.x, y1: grid.top, y2: bottom, stroke: COLORS.grid }))
    .join('');
  return (
    el('rect', {
      x: grid.left,
      y: grid.top,
      width: SIZES.labelColumn,
      height: grid.height,
      fill: COLORS.labelBackground,
    }) +
    rowLines +
    columnLines +
    el('rect', {
      x: grid.left,
      y: grid.top,
      width: grid.width,
      height: grid.height,
      fill: 'none',
      stroke: COLORS.grid,
      rx: 6,
    })
  );
}

function drawRow(grid: GridLayout, row: PlacedRow): string {
  const cellsTop = row.band ? row.y + row.band.height : row.y + P;
  const cells = row.cells.map((cell, i) => {
    const column = grid.columns[i];
    return column ? cell.draw(column.x + P, cellsTop) : '';
  });
  const label = piece(row.y + P, row.y + P + row.label.height, row.label.draw(grid.left + P, row.y + P));
  return el('g', { 'data-row': row.key }, label + (row.band ? row.band.draw(row.y) : '') + cells.join(''));
}

/**
 * Where a page may cut inside a row: in a gap between cards that no card, and not the lane
 * title, of any column spans. Rows with a band (the emotion curve) are never cut.
 */
function rowCuts(row: PlacedRow): number[] {
  if (row.band) return [];
  const top = row.y + P;
  const spans: [number, number][] = [[top, top + row.label.height]];
  for (const cell of row.cells) {
    for (const p of cell.pieces ?? []) spans.push([top + p.top, top + p.top + p.height]);
  }
  const inside = (y: number) => spans.some(([a, b]) => y > a && y < b);
  const cuts = spans
    .map(([, bottom]) => bottom + SIZES.cardGap / 2)
    .filter((y) => y < row.y + row.height && !inside(y));
  return [...new Set(cuts.map((y) => Math.round(y)))];
}

/**
 * The journey map as an SVG picture: persona header, stage columns, lanes as rows of
 * cards, the emotion curve, opportunities with their owners and, when given, the stage
 * metrics. Pure: no I/O, no clock, no randomness, so the same map gives a byte-identical
 * string. Every text of the map is XML-escaped.
 *
 * @example
 * const svg = renderMapSvg(annaMap(), { lang: 'en', metrics: { purchase: { customers: 120 } } });
 */
export function renderMapSvg(map: JourneyMap, options: RenderOptionsInput = {}): string {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const t = translator(lang);
  const personas = mapPersonas(map, opts.personas ?? []);
  const gridWidth = SIZES.labelColumn + map.stages.length * SIZES.stageColumn;
  const width = Math.max(gridWidth, MIN_WIDTH) + 2 * SIZES.margin;
  const header = headerBlock(map, personas, width - 2 * SIZES.margin, lang);
  const grid = layoutGrid(map, personas, opts, t, SIZES.margin, SIZES.margin + header.height + 20);
  const height = grid.top + grid.height + SIZES.margin;
  const body =
    title(map.title) +
    el('rect', { x: 0, y: 0, width, height, fill: COLORS.background }) +
    el('g', { 'data-part': 'header' }, header.draw(SIZES.margin, SIZES.margin)) +
    drawFrame(grid) +
    drawRow(grid, grid.stageRow) +
    grid.rows.map((row) => drawRow(grid, row)).join('');
  return `${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_FAMILY,
      role: 'img',
      // Where a paged PDF may cut the picture: between the header, the stage names and each row
      // (rows are kept as parts in this order: the first break starts the stage names).
      'data-page-breaks': [grid.top, ...grid.rows.map((row) => row.y), grid.top + grid.height]
        .map((y) => Math.round(y))
        .join(' '),
      // Cuts inside rows, between cards: a page may end there too.
      'data-page-cuts': grid.rows.flatMap(rowCuts).join(' '),
    },
    body,
  )}\n`;
}
