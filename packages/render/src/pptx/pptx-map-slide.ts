import type { JourneyMap, Lane, Language, Persona } from '@opencjm/core';
import type PptxGenJS from 'pptxgenjs';
import { labelled, t } from '../i18n.ts';
import { cardsAt, stageScore, unmentionedTouchpoints } from '../model/map-view.ts';
import type { StageMetrics } from '../options.ts';
import { metricLines } from '../svg/svg-metrics.ts';
import { COLORS, LANE_COLORS } from '../svg/theme.ts';
import { formatScore } from '../text/format.ts';
import { type PlanRow, planOverview } from './pptx-map-plan.ts';
import { personaLine } from './pptx-persona.ts';
import { fitFontSize, hex, INSET, MIN_FONT, SLIDE, textWidth, wordsFit } from './pptx-text.ts';

const LEFT = 0.3;
const TOP = 1.2;
const LABEL = 1.6;
const HEADER = 0.55;
const GAP = 0.04;
const BOTTOM = 0.2;
const SCORE_ROW = 0.5;

/** The texts of one cell of a lane: its cards, the touchpoints a touchpoints lane lists, the opportunities of an opportunities lane. */
function cellTexts(map: JourneyMap, lane: Lane, stageId: string, lang: Language): string[] {
  const texts = cardsAt(map, lane.id, stageId).map((card) => card.text);
  for (const tp of unmentionedTouchpoints(map, lane, stageId)) texts.push(`${tp.name} · ${tp.channel}`);
  if (lane.type === 'opportunities') texts.push(...opportunityTexts(map, stageId, lang));
  return texts;
}

function opportunityTexts(map: JourneyMap, stageId: string, lang: Language): string[] {
  return map.opportunities
    .filter((o) => o.stage === stageId)
    .map((o) => `${o.title} (${labelled(lang, 'field.owner', o.owner ?? t(lang, 'value.none'))})`);
}

/** The rows of the overview: the figures (with data), every lane, the opportunities when no lane holds them. */
function overviewRows(map: JourneyMap, lang: Language, figures: StageMetrics | undefined): PlanRow[] {
  const rows: PlanRow[] = [];
  if (figures && map.stages.some((s) => figures[s.id])) {
    rows.push({
      key: 'figures',
      title: t(lang, 'heading.metrics'),
      cells: map.stages.map((s) =>
        metricLines(figures[s.id], lang).map(([label, value]) => `${label}${t(lang, 'punct.colon')}${value}`),
      ),
    });
  }
  for (const lane of map.lanes) {
    if (lane.type === 'emotion') {
      rows.push({
        key: `lane:${lane.id}`,
        title: lane.title,
        cells: map.stages.map((s) => {
          const score = stageScore(map, s.id);
          const data = figures?.[s.id]?.emotion;
          if (score === undefined && data == null) return [];
          const texts = [score === undefined ? '' : formatScore(score)];
          if (data != null)
            texts.push(`${t(lang, 'value.fromData')}${t(lang, 'punct.colon')}${formatScore(data)}`);
          return texts;
        }),
        fixed: SCORE_ROW,
      });
      continue;
    }
    rows.push({
      key: `lane:${lane.id}`,
      title: lane.title,
      cells: map.stages.map((s) => cellTexts(map, lane, s.id, lang)),
    });
  }
  if (!map.lanes.some((l) => l.type === 'opportunities') && map.opportunities.some((o) => o.stage)) {
    rows.push({
      key: 'opportunities',
      title: t(lang, 'heading.opportunities'),
      cells: map.stages.map((s) => opportunityTexts(map, s.id, lang)),
    });
  }
  return rows;
}

function laneOf(map: JourneyMap, key: string): Lane | undefined {
  const id = key.startsWith('lane:') ? key.slice(5).replace(/:\d+$/, '') : undefined;
  return map.lanes.find((l) => l.id === id);
}

/**
 * The map as overview slides of native shapes: a rounded box per cell holding its cards as
 * bullets, stage names as coloured headers, lane titles on the left, emotion scores as
 * coloured numbers, the persona under the title, the opportunities in their row. A map too
 * big for one slide at 10 pt goes on several (fewer stages or fewer rows per slide), so no
 * text is smaller and no word is broken. Everything stays editable in PowerPoint.
 */
export function addMapSlides(
  pptx: PptxGenJS,
  map: JourneyMap,
  personas: readonly Persona[],
  lang: Language,
  font: string,
  figures: StageMetrics | undefined,
): void {
  const rows = overviewRows(map, lang, figures);
  const label = labelColumn(rows);
  const width = SLIDE.width - 2 * LEFT - label;
  const slides = planOverview(rows, map.stages.length, {
    width,
    headers: map.stages.map((stage) => stage.name),
    height: SLIDE.height - TOP - HEADER - BOTTOM,
    label,
    gap: GAP,
  });
  const persona = personaLine(personas, lang, SLIDE.width - 2 * LEFT, 0.4);
  slides.forEach((plan, index) => {
    const slide = pptx.addSlide();
    const part = slides.length > 1 ? ` (${index + 1}/${slides.length})` : '';
    slide.addText(`${map.title}${part}`, {
      x: LEFT,
      y: 0.2,
      w: SLIDE.width - 2 * LEFT,
      h: 0.55,
      fontSize:
        fitFontSize([`${map.title}${part}`], SLIDE.width - 2 * LEFT, 0.55, 20, { bold: true }) ?? MIN_FONT,
      bold: true,
      fontFace: font,
      valign: 'middle',
    });
    if (persona) {
      slide.addText(persona.text, {
        x: LEFT,
        y: 0.75,
        w: SLIDE.width - 2 * LEFT,
        h: 0.4,
        fontSize: persona.size,
        color: hex(COLORS.muted),
        fontFace: font,
        valign: 'middle',
      });
    }
    // Every slide keeps the first slide's column width, so a last, shorter group lines up.
    const column = width / Math.max(1, slides[0]?.stages.length ?? 1);
    plan.stages.forEach((stageIndex, i) => {
      const stage = map.stages[stageIndex];
      if (!stage) return;
      const color = COLORS.stageHeader[stageIndex % COLORS.stageHeader.length] ?? COLORS.text;
      slide.addText(stage.name, {
        shape: pptx.ShapeType.rect,
        x: LEFT + label + i * column + GAP / 2,
        y: TOP,
        w: column - GAP,
        h: HEADER - GAP,
        fill: { color: hex(color) },
        color: 'FFFFFF',
        bold: true,
        fontFace: font,
        fontSize: fitFontSize([stage.name], column - GAP, HEADER - GAP, 13, { bold: true }) ?? MIN_FONT,
        align: 'center',
        valign: 'middle',
        margin: INSET,
      });
    });
    // Rows share out the room left on the slide in proportion to what they need.
    const needed = plan.heights.reduce((a, b) => a + b, 0);
    const room = SLIDE.height - TOP - HEADER - BOTTOM;
    const stretch = needed > 0 ? Math.min(2, room / needed) : 1;
    let y = TOP + HEADER;
    plan.rows.forEach((row, r) => {
      const h = (plan.heights[r] ?? SCORE_ROW) * stretch;
      drawRow(pptx, slide, row, laneOf(map, row.key), { y, h, column, label, font });
      y += h;
    });
  });
}

/**
 * Width of the lane titles' column: {@link LABEL}, or wider when a title's longest word
 * would not fit it in bold at the minimum size ("взаимодействия" of "Точки взаимодействия"),
 * since a word is never broken.
 */
function labelColumn(rows: readonly PlanRow[]): number {
  let label = LABEL;
  while (
    label < SLIDE.width / 3 &&
    !rows.every((row) => wordsFit([row.title], textWidth(label - GAP), MIN_FONT, true))
  )
    label += 0.1;
  return label;
}

interface RowBox {
  y: number;
  h: number;
  column: number;
  /** Width of the lane titles' column, inches. */
  label: number;
  font: string;
}

function drawRow(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  row: PlanRow,
  lane: Lane | undefined,
  box: RowBox,
): void {
  const { y, h, column, label, font } = box;
  slide.addText(row.title, {
    x: LEFT,
    y,
    w: label - GAP,
    h: h - GAP,
    fill: { color: hex(COLORS.labelBackground) },
    bold: true,
    fontFace: font,
    fontSize: fitFontSize([row.title], label - GAP, h - GAP, 12, { bold: true }) ?? MIN_FONT,
    valign: 'top',
    margin: INSET,
  });
  const colors = lane
    ? LANE_COLORS[lane.type]
    : row.key === 'figures'
      ? { fill: '#f5f7fa', stroke: '#d9dee4' }
      : LANE_COLORS.opportunities;
  row.cells.forEach((texts, i) => {
    if (texts.length === 0) return;
    const x = LEFT + label + i * column + GAP / 2;
    const cell = { x, y, w: column - GAP, h: h - GAP };
    if (row.fixed !== undefined) {
      const [score = '', ...rest] = texts;
      const negative = score.startsWith('−');
      slide.addText(
        [
          ...(score
            ? [
                {
                  text: score,
                  options: {
                    bold: true,
                    fontSize: 16,
                    color: hex(negative ? COLORS.negative : COLORS.positive),
                    breakLine: rest.length > 0,
                  },
                },
              ]
            : []),
          ...rest.map((text) => ({ text, options: { fontSize: MIN_FONT, color: hex(COLORS.dataCurve) } })),
        ],
        { ...cell, fontFace: font, align: 'center', valign: 'middle', margin: INSET },
      );
      return;
    }
    const bullets = texts.length > 1;
    slide.addText(
      texts.map((text, k) => ({ text, options: { bullet: bullets, breakLine: k < texts.length - 1 } })),
      {
        ...cell,
        shape: pptx.ShapeType.roundRect,
        rectRadius: 0.08,
        fill: { color: hex(colors.fill) },
        line: { color: hex(colors.stroke), width: 0.75 },
        fontFace: font,
        fontSize: fitFontSize(texts, cell.w, cell.h, 12, { bullets }) ?? MIN_FONT,
        valign: 'top',
        margin: INSET,
        paraSpaceAfter: 2,
      },
    );
  });
}
