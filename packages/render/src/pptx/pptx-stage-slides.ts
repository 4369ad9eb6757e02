import type { JourneyMap, Language, Persona, Stage } from '@opencjm/core';
import type PptxGenJS from 'pptxgenjs';
import { labelled, t } from '../i18n.ts';
import { cardsAt, isDataPain, personaName, stageScore, unmentionedTouchpoints } from '../model/map-view.ts';
import type { StageMetrics } from '../options.ts';
import { metricLines } from '../svg/svg-metrics.ts';
import { COLORS, LANE_COLORS } from '../svg/theme.ts';
import { formatScore } from '../text/format.ts';
import { personaLine } from './pptx-persona.ts';
import { fitFontSize, hex, INSET, MIN_FONT, SLIDE, splitToFit, textHeight, textWidth } from './pptx-text.ts';

const LEFT = 0.4;
const GAP = 0.15;
const BOTTOM = 0.3;
const METRICS_WIDTH = 3.6;

export interface Box {
  title: string;
  lines: string[];
  fill: string;
  stroke: string;
}

/** The lines of a stage's opportunities: title, owner and status. */
function opportunityLines(map: JourneyMap, stage: Stage, lang: Language): string[] {
  return map.opportunities
    .filter((o) => o.stage === stage.id)
    .map(
      (o) =>
        `${o.title} — ${labelled(lang, 'field.owner', o.owner ?? t(lang, 'value.none'))}, ${t(lang, `status.${o.status}`)}`,
    );
}

/**
 * The boxes of a stage slide: one per lane with content, and the stage's opportunities
 * (in the opportunities lane's box, or a box of their own). With data, a pain accepted
 * from the data names the analysis that found it, and the emotion box gives the data's.
 */
export function stageBoxes(
  map: JourneyMap,
  stage: Stage,
  personas: readonly Persona[],
  lang: Language,
  figures: StageMetrics | undefined,
  withData: boolean,
): Box[] {
  const boxes: Box[] = [];
  for (const lane of map.lanes) {
    const lines = cardsAt(map, lane.id, stage.id).map((c) => {
      const source = withData && isDataPain(map, c) ? ` — ${c.sources.map((s) => s.title).join('; ')}` : '';
      return `${c.text} (${t(lang, `evidence.${c.evidence}`)})${source}`;
    });
    for (const tp of unmentionedTouchpoints(map, lane, stage.id)) lines.push(`${tp.name} · ${tp.channel}`);
    if (lane.type === 'opportunities') lines.push(...opportunityLines(map, stage, lang));
    if (lane.type === 'emotion') {
      const scores = map.emotions
        .filter((e) => e.stage === stage.id)
        .map((e) => {
          const who = e.persona === undefined ? '' : ` (${personaName(personas, e.persona, lang)})`;
          return `${labelled(lang, 'field.score', formatScore(e.score))}${who}${e.note ? ` — ${e.note}` : ''}`;
        });
      if (scores.length === 0) {
        const score = stageScore(map, stage.id);
        if (score !== undefined) scores.push(labelled(lang, 'field.score', formatScore(score)));
      }
      const data = figures?.[stage.id]?.emotion;
      if (data != null) scores.push(labelled(lang, 'heading.dataEmotion', formatScore(data)));
      lines.unshift(...scores);
    }
    if (lines.length > 0) boxes.push({ title: lane.title, lines, ...LANE_COLORS[lane.type] });
  }
  const opportunities = opportunityLines(map, stage, lang);
  if (opportunities.length > 0 && !map.lanes.some((l) => l.type === 'opportunities')) {
    boxes.push({
      title: t(lang, 'heading.opportunities'),
      lines: opportunities,
      ...LANE_COLORS.opportunities,
    });
  }
  return boxes;
}

/** Columns and rows of the box grid for n boxes. */
function grid(n: number): { columns: number; rows: number } {
  const columns = n <= 2 ? Math.max(1, n) : n <= 4 ? 2 : 3;
  return { columns, rows: Math.max(1, Math.ceil(n / columns)) };
}

function cellSize(n: number, area: { w: number; h: number }): { w: number; h: number } {
  const { columns, rows } = grid(n);
  return { w: (area.w - (columns - 1) * GAP) / columns, h: (area.h - (rows - 1) * GAP) / rows };
}

function fits(box: Box, size: { w: number; h: number }): boolean {
  return fitFontSize([box.title, ...box.lines], size.w, size.h, MIN_FONT, { bullets: true }) !== undefined;
}

/**
 * The boxes put on as few slides as keep every box at 10 pt or more: boxes are added to a
 * slide while all still fit its grid; a box too long for a whole slide continues in more.
 */
export function pageBoxes(boxes: readonly Box[], area: { w: number; h: number }, continued: string): Box[][] {
  const parts = boxes.flatMap((box) => {
    if (fits(box, area)) return [box];
    return splitToFit(box.lines, area.w, area.h, [box.title], true).map((lines, k) => ({
      ...box,
      title: k === 0 ? box.title : `${box.title} (${continued})`,
      lines,
    }));
  });
  const pages: Box[][] = [];
  let page: Box[] = [];
  for (const box of parts) {
    const next = [...page, box];
    const size = cellSize(next.length, area);
    if (page.length > 0 && (next.length > 6 || !next.every((b) => fits(b, size)))) {
      pages.push(page);
      page = [box];
    } else page = next;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * One slide per stage (more when its content needs them at 10 pt): name, goal, the persona
 * and the figures on top, then a box per lane with that stage's cards (and their evidence)
 * and the stage's opportunities, so a stage can be discussed on its own.
 */
export function addStageSlides(
  pptx: PptxGenJS,
  map: JourneyMap,
  personas: readonly Persona[],
  lang: Language,
  font: string,
  figures: StageMetrics | undefined,
  withData: boolean,
): void {
  map.stages.forEach((stage, index) => {
    const color = COLORS.stageHeader[index % COLORS.stageHeader.length] ?? COLORS.text;
    const numbers = metricLines(figures?.[stage.id], lang).map(
      ([label, value]) => `${label}${t(lang, 'punct.colon')}${value}`,
    );
    const metricsHeight =
      numbers.length === 0
        ? 0
        : textHeight(numbers, textWidth(METRICS_WIDTH), 11) / 72 + 2 * (INSET / 72) + 0.1;
    const headWidth = SLIDE.width - 2 * LEFT - (numbers.length > 0 ? METRICS_WIDTH + GAP : 0);
    const goal = stage.goal ? labelled(lang, 'field.goal', stage.goal) : undefined;
    const goalHeight = goal ? Math.max(0.4, textHeight([goal], textWidth(headWidth), 12) / 72 + 0.15) : 0;
    const persona = personaLine(personas, lang, headWidth, 0.35);
    const headBottom = 0.95 + goalHeight + (persona ? 0.4 : 0);
    const top = Math.max(headBottom, 0.3 + metricsHeight) + GAP;
    const area = { w: SLIDE.width - 2 * LEFT, h: SLIDE.height - top - BOTTOM };
    const boxes = stageBoxes(map, stage, personas, lang, figures, withData);
    const pages = pageBoxes(boxes, area, t(lang, 'value.continued'));
    pages.forEach((page, p) => {
      const slide = pptx.addSlide();
      slide.addShape(pptx.ShapeType.rect, {
        x: 0,
        y: 0,
        w: SLIDE.width,
        h: 0.12,
        fill: { color: hex(color) },
      });
      const name = p === 0 ? stage.name : `${stage.name} (${t(lang, 'value.continued')})`;
      slide.addText(name, {
        x: LEFT,
        y: 0.3,
        w: headWidth,
        h: 0.6,
        fontSize: fitFontSize([name], headWidth, 0.6, 24, { bold: true }) ?? MIN_FONT,
        bold: true,
        color: hex(color),
        fontFace: font,
      });
      if (goal) {
        slide.addText(goal, {
          x: LEFT,
          y: 0.9,
          w: headWidth,
          h: goalHeight,
          fontSize: fitFontSize([goal], headWidth, goalHeight, 14) ?? MIN_FONT,
          color: hex(COLORS.muted),
          fontFace: font,
          valign: 'top',
        });
      }
      if (persona) {
        slide.addText(persona.text, {
          x: LEFT,
          y: 0.95 + goalHeight,
          w: headWidth,
          h: 0.35,
          fontSize: persona.size,
          color: hex(COLORS.text),
          fontFace: font,
          valign: 'middle',
        });
      }
      if (numbers.length > 0) {
        slide.addText(
          numbers.map((text, k) => ({ text, options: { breakLine: k < numbers.length - 1 } })),
          {
            x: SLIDE.width - LEFT - METRICS_WIDTH,
            y: 0.3,
            w: METRICS_WIDTH,
            h: metricsHeight,
            fontSize: 11,
            fontFace: font,
            fill: { color: 'F5F7FA' },
            margin: INSET,
            valign: 'top',
          },
        );
      }
      drawBoxes(pptx, slide, page, area, top, font);
    });
  });
}

function drawBoxes(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  boxes: readonly Box[],
  area: { w: number; h: number },
  top: number,
  font: string,
): void {
  const { columns } = grid(boxes.length);
  const { w, h } = cellSize(boxes.length, area);
  boxes.forEach((box, i) => {
    const paragraphs = [box.title, ...box.lines];
    slide.addText(
      [
        { text: box.title, options: { bold: true, breakLine: true } },
        ...box.lines.map((line, k) => ({
          text: line,
          options: { bullet: true, breakLine: k < box.lines.length - 1 },
        })),
      ],
      {
        x: LEFT + (i % columns) * (w + GAP),
        y: top + Math.floor(i / columns) * (h + GAP),
        w,
        h,
        shape: pptx.ShapeType.roundRect,
        rectRadius: 0.06,
        fill: { color: hex(box.fill) },
        line: { color: hex(box.stroke), width: 0.75 },
        fontFace: font,
        fontSize: fitFontSize(paragraphs, w, h, 14, { bullets: true }) ?? MIN_FONT,
        valign: 'top',
        margin: INSET + 2,
        paraSpaceAfter: 3,
      },
    );
  });
}
