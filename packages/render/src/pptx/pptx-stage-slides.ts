import type { JourneyMap, Language, Stage } from '@opencjm/core';
import type PptxGenJS from 'pptxgenjs';
import { labelled, t } from '../i18n.ts';
import { cardsAt, stageScore, unmentionedTouchpoints } from '../model/map-view.ts';
import type { StageMetrics } from '../options.ts';
import { metricLines } from '../svg/svg-metrics.ts';
import { COLORS, LANE_COLORS } from '../svg/theme.ts';
import { formatScore } from '../text/format.ts';
import { fitFontSize, hex, INSET, SLIDE } from './pptx-text.ts';

const LEFT = 0.4;
const GAP = 0.15;

interface Box {
  title: string;
  lines: string[];
  fill: string;
  stroke: string;
}

/** The boxes of a stage slide: one per lane with content, then the stage's opportunities. */
function stageBoxes(map: JourneyMap, stage: Stage, lang: Language): Box[] {
  const boxes: Box[] = [];
  for (const lane of map.lanes) {
    const lines = cardsAt(map, lane.id, stage.id).map(
      (c) => `${c.text} (${t(lang, `evidence.${c.evidence}`)})`,
    );
    for (const tp of unmentionedTouchpoints(map, lane, stage.id)) lines.push(`${tp.name} · ${tp.channel}`);
    if (lane.type === 'emotion') {
      const score = stageScore(map, stage.id);
      const notes = map.emotions.filter((e) => e.stage === stage.id && e.note).map((e) => e.note ?? '');
      if (score !== undefined) lines.unshift(labelled(lang, 'field.score', formatScore(score)), ...notes);
    }
    if (lines.length > 0) boxes.push({ title: lane.title, lines, ...LANE_COLORS[lane.type] });
  }
  const opportunities = map.opportunities
    .filter((o) => o.stage === stage.id)
    .map(
      (o) =>
        `${o.title} — ${labelled(lang, 'field.owner', o.owner ?? t(lang, 'value.none'))}, ${t(lang, `status.${o.status}`)}`,
    );
  if (opportunities.length > 0 && !map.lanes.some((l) => l.type === 'opportunities')) {
    boxes.push({
      title: t(lang, 'heading.opportunities'),
      lines: opportunities,
      ...LANE_COLORS.opportunities,
    });
  }
  return boxes;
}

/**
 * One slide per stage: name, goal and metrics on top, then a box per lane with that
 * stage's cards (and their evidence), so a stage can be discussed on its own.
 */
export function addStageSlides(
  pptx: PptxGenJS,
  map: JourneyMap,
  lang: Language,
  font: string,
  metrics: StageMetrics | undefined,
): void {
  map.stages.forEach((stage, index) => {
    const slide = pptx.addSlide();
    const color = COLORS.stageHeader[index % COLORS.stageHeader.length] ?? COLORS.text;
    slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: SLIDE.width, h: 0.12, fill: { color: hex(color) } });
    slide.addText(stage.name, {
      x: LEFT,
      y: 0.3,
      w: 9,
      h: 0.6,
      fontSize: 24,
      bold: true,
      color: hex(color),
      fontFace: font,
    });
    if (stage.goal) {
      slide.addText(labelled(lang, 'field.goal', stage.goal), {
        x: LEFT,
        y: 0.9,
        w: 9,
        h: 0.5,
        fontSize: fitFontSize([stage.goal], 9, 0.5, 14, 8),
        color: hex(COLORS.muted),
        fontFace: font,
      });
    }
    const numbers = metricLines(metrics?.[stage.id], lang);
    if (numbers.length > 0) {
      slide.addText(
        numbers.map(([label, value], k) => ({
          text: `${label}${t(lang, 'punct.colon')}${value}`,
          options: { breakLine: k < numbers.length - 1 },
        })),
        {
          x: 9.6,
          y: 0.3,
          w: 3.3,
          h: 1.1,
          fontSize: 11,
          fontFace: font,
          fill: { color: 'F5F7FA' },
          margin: INSET,
          valign: 'top',
        },
      );
    }
    const boxes = stageBoxes(map, stage, lang);
    const columns = boxes.length <= 4 ? 2 : 3;
    const rows = Math.max(1, Math.ceil(boxes.length / columns));
    const top = 1.55;
    const w = (SLIDE.width - 2 * LEFT - (columns - 1) * GAP) / columns;
    const h = (SLIDE.height - top - 0.3 - (rows - 1) * GAP) / rows;
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
          fontSize: fitFontSize(paragraphs, w, h, 14, 6),
          valign: 'top',
          margin: INSET + 2,
          paraSpaceAfter: 3,
        },
      );
    });
  });
}
