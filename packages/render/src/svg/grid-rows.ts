import type { JourneyMap, Lane, Persona } from '@opencjm/core';
import { dataCaption } from '../data/data-caption.ts';
import type { Translate } from '../i18n.ts';
import {
  cardsAt,
  dataEmotionPoints,
  emotionCurves,
  isDataPain,
  touchpointIndex,
  unmentionedTouchpoints,
} from '../model/map-view.ts';
import { type RenderOptions, stageFigures } from '../options.ts';
import type { Column, GridRow } from './layout.ts';
import { type Block, paragraph, stack } from './svg-builder.ts';
import { cardBlock, touchpointBlock } from './svg-cards.ts';
import { drawEmotionBand, emotionBandHeight, emotionLegend } from './svg-emotion.ts';
import { metricsBlock } from './svg-metrics.ts';
import { opportunityBlock } from './svg-opportunities.ts';
import { COLORS, SIZES } from './theme.ts';

/**
 * The rows of the map grid and what each cell holds: the metrics row, one row per lane,
 * and emotion and opportunity rows when the map has no lane of that type.
 */

const P = SIZES.cellPadding;
/** Width of a cell's content, px. */
export const CELL = SIZES.stageColumn - 2 * P;
/** Width of a lane title, px. */
export const LABEL = SIZES.labelColumn - 2 * P;

export interface Context {
  map: JourneyMap;
  personas: readonly Persona[];
  options: RenderOptions;
  lang: NonNullable<RenderOptions['lang']>;
  t: Translate;
  columns: Column[];
}

function laneTitle(text: string, extra?: Block): Block {
  const titleBlock = paragraph(text, LABEL, { fontSize: SIZES.laneTitle, fill: COLORS.text, bold: true }, 4);
  return extra ? stack([titleBlock, extra], 8) : titleBlock;
}

function laneRow(ctx: Context, lane: Lane): GridRow {
  const { map, t } = ctx;
  const touchpoints = touchpointIndex(map);
  const cells = ctx.columns.map(({ stage }) => {
    const cards = cardsAt(map, lane.id, stage.id);
    const blocks = cards.map((card) => {
      // With data, a pain accepted from the data names the analysis that found it.
      const source =
        ctx.options.data && isDataPain(map, card) ? card.sources.map((s) => s.title).join('; ') : undefined;
      return cardBlock(
        card,
        lane,
        card.touchpoint ? touchpoints.get(card.touchpoint) : undefined,
        CELL,
        t,
        source,
      );
    });
    for (const tp of unmentionedTouchpoints(map, lane, stage.id)) blocks.push(touchpointBlock(tp, CELL, t));
    if (lane.type === 'opportunities') {
      for (const o of map.opportunities) if (o.stage === stage.id) blocks.push(opportunityBlock(o, CELL, t));
    }
    return stack(blocks, SIZES.cardGap, { pieces: true });
  });
  if (lane.type !== 'emotion') return { key: `lane:${lane.id}`, label: laneTitle(lane.title), cells };
  return emotionRow(ctx, lane.title, cells, `lane:${lane.id}`);
}

function emotionRow(ctx: Context, titleText: string, cells: Block[], key: string): GridRow {
  const curves = emotionCurves(ctx.map);
  const data = dataEmotionPoints(ctx.map, ctx.options.data);
  const left = ctx.columns[0]?.x ?? 0;
  const right = left + ctx.columns.length * SIZES.stageColumn;
  const centers = new Map(ctx.columns.map((c) => [c.stage.id, c.x + SIZES.stageColumn / 2]));
  return {
    key,
    label: laneTitle(titleText, emotionLegend(curves, ctx.personas, LABEL, ctx.lang, data.length > 0)),
    cells,
    band: {
      height: emotionBandHeight(curves),
      draw: (y) => drawEmotionBand({ curves, centers, columnWidth: SIZES.stageColumn, left, right, data }, y),
    },
  };
}

function opportunityRow(ctx: Context): GridRow {
  const cells = ctx.columns.map(({ stage }) =>
    stack(
      ctx.map.opportunities.filter((o) => o.stage === stage.id).map((o) => opportunityBlock(o, CELL, ctx.t)),
      SIZES.cardGap,
      { pieces: true },
    ),
  );
  return { key: 'opportunities', label: laneTitle(ctx.t('heading.opportunities')), cells };
}

/** Opportunities of no particular stage, side by side across the whole grid. */
function wholeJourneyRow(ctx: Context): GridRow | undefined {
  const blocks = ctx.map.opportunities
    .filter((o) => o.stage === undefined || !ctx.columns.some((c) => c.stage.id === o.stage))
    .map((o) => opportunityBlock(o, CELL, ctx.t));
  if (blocks.length === 0) return undefined;
  const perRow = Math.max(1, ctx.columns.length);
  const rows: Block[] = [];
  for (let i = 0; i < blocks.length; i += perRow) {
    const row = blocks.slice(i, i + perRow);
    rows.push({
      width: perRow * SIZES.stageColumn,
      height: Math.max(...row.map((b) => b.height)),
      draw: (x, y) => row.map((b, j) => b.draw(x + j * SIZES.stageColumn, y)).join(''),
    });
  }
  const all = stack(rows, SIZES.cardGap);
  const left = (ctx.columns[0]?.x ?? 0) + P;
  return {
    key: 'opportunities:whole-journey',
    label: laneTitle(
      ctx.t('heading.opportunities'),
      paragraph(ctx.t('heading.wholeJourney'), LABEL, { fontSize: SIZES.small, fill: COLORS.muted }),
    ),
    cells: [],
    band: { height: all.height + 2 * P, draw: (y) => all.draw(left, y + P) },
  };
}

/** Every row under the stage names, top to bottom. */
export function gridRows(ctx: Context): GridRow[] {
  const { map, options, columns } = ctx;
  const rows: GridRow[] = [];
  const metrics = stageFigures(options);
  // With data, the figures' period and window under the lane title.
  const caption = options.data
    ? paragraph(dataCaption(options.data, ctx.lang), LABEL, { fontSize: SIZES.small, fill: COLORS.muted })
    : undefined;
  if (metrics && columns.some((c) => metrics[c.stage.id])) {
    rows.push({
      key: 'metrics',
      label: laneTitle(ctx.t('heading.metrics'), caption),
      cells: columns.map((c) => metricsBlock(metrics[c.stage.id], CELL, ctx.lang)),
    });
  } else if (options.data) {
    // Asked for data that measured nothing: say so rather than print zeros.
    const note = paragraph(ctx.t('value.noData'), CELL * Math.max(1, columns.length), {
      fontSize: SIZES.small,
      fill: COLORS.muted,
    });
    const left = (columns[0]?.x ?? 0) + P;
    rows.push({
      key: 'metrics',
      label: laneTitle(ctx.t('heading.metrics'), caption),
      cells: [],
      band: { height: note.height + 2 * P, draw: (y) => note.draw(left, y + P) },
    });
  }
  for (const lane of map.lanes) rows.push(laneRow(ctx, lane));
  const hasCurve = map.emotions.length > 0 || dataEmotionPoints(map, options.data).length > 0;
  if (hasCurve && !map.lanes.some((l) => l.type === 'emotion')) {
    rows.push(emotionRow(ctx, ctx.t('heading.emotion'), [], 'emotion'));
  }
  if (
    map.opportunities.some((o) => o.stage !== undefined) &&
    !map.lanes.some((l) => l.type === 'opportunities')
  ) {
    rows.push(opportunityRow(ctx));
  }
  const whole = wholeJourneyRow(ctx);
  if (whole) rows.push(whole);
  return rows;
}
