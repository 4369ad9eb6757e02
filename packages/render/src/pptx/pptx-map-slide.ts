import type { JourneyMap, Lane } from '@opencjm/core';
import type PptxGenJS from 'pptxgenjs';
import type { Translate } from '../i18n.ts';
import { cardsAt, stageScore, unmentionedTouchpoints } from '../model/map-view.ts';
import { COLORS, LANE_COLORS } from '../svg/theme.ts';
import { formatScore } from '../text/format.ts';
import { fitFontSize, hex, INSET, SLIDE } from './pptx-text.ts';

const LEFT = 0.3;
const TOP = 0.95;
const LABEL = 1.5;
const HEADER = 0.55;
const GAP = 0.04;

/** The texts of one cell of a lane: its cards, the touchpoints a touchpoints lane lists, the opportunities of an opportunities lane. */
function cellTexts(map: JourneyMap, lane: Lane, stageId: string, t: Translate): string[] {
  const texts = cardsAt(map, lane.id, stageId).map((card) => card.text);
  for (const tp of unmentionedTouchpoints(map, lane, stageId)) texts.push(`${tp.name} · ${tp.channel}`);
  if (lane.type === 'opportunities') {
    for (const o of map.opportunities) {
      if (o.stage === stageId)
        texts.push(`${o.title} (${t('field.owner')}${t('punct.colon')}${o.owner ?? t('value.none')})`);
    }
  }
  return texts;
}

/**
 * The whole map on one slide as native shapes: a rounded box per cell holding its cards as
 * bullets, stage names as coloured headers, lane titles on the left, emotion scores as
 * coloured numbers. Everything stays editable in PowerPoint.
 */
export function addMapSlide(pptx: PptxGenJS, map: JourneyMap, t: Translate, font: string): void {
  const slide = pptx.addSlide();
  slide.addText(map.title, {
    x: LEFT,
    y: 0.25,
    w: SLIDE.width - 2 * LEFT,
    h: 0.55,
    fontSize: 20,
    bold: true,
    fontFace: font,
  });
  const stages = map.stages;
  const columnWidth = (SLIDE.width - 2 * LEFT - LABEL) / Math.max(1, stages.length);
  const lanes = map.lanes;
  const rowHeight = Math.min(1.6, (SLIDE.height - TOP - HEADER - 0.25) / Math.max(1, lanes.length));
  stages.forEach((stage, i) => {
    const color = COLORS.stageHeader[i % COLORS.stageHeader.length] ?? COLORS.text;
    slide.addText(stage.name, {
      shape: pptx.ShapeType.rect,
      x: LEFT + LABEL + i * columnWidth + GAP / 2,
      y: TOP,
      w: columnWidth - GAP,
      h: HEADER - GAP,
      fill: { color: hex(color) },
      color: 'FFFFFF',
      bold: true,
      fontFace: font,
      fontSize: fitFontSize([stage.name], columnWidth - GAP, HEADER - GAP, 13, 7),
      align: 'center',
      valign: 'middle',
      margin: INSET,
    });
  });
  lanes.forEach((lane, r) => {
    const y = TOP + HEADER + r * rowHeight;
    slide.addText(lane.title, {
      x: LEFT,
      y,
      w: LABEL - GAP,
      h: rowHeight - GAP,
      fill: { color: hex(COLORS.labelBackground) },
      bold: true,
      fontFace: font,
      fontSize: fitFontSize([lane.title], LABEL - GAP, rowHeight - GAP, 12, 7),
      valign: 'top',
      margin: INSET,
    });
    stages.forEach((stage, i) => {
      const x = LEFT + LABEL + i * columnWidth + GAP / 2;
      const box = { x, y, w: columnWidth - GAP, h: rowHeight - GAP };
      if (lane.type === 'emotion') {
        const score = stageScore(map, stage.id);
        if (score === undefined) return;
        slide.addText(formatScore(score), {
          ...box,
          fontFace: font,
          fontSize: 16,
          bold: true,
          color: hex(score >= 0 ? COLORS.positive : COLORS.negative),
          align: 'center',
          valign: 'middle',
        });
        return;
      }
      const texts = cellTexts(map, lane, stage.id, t);
      if (texts.length === 0) return;
      const colors = LANE_COLORS[lane.type];
      slide.addText(
        texts.map((text, k) => ({
          text,
          options: { bullet: texts.length > 1, breakLine: k < texts.length - 1 },
        })),
        {
          ...box,
          shape: pptx.ShapeType.roundRect,
          rectRadius: 0.08,
          fill: { color: hex(colors.fill) },
          line: { color: hex(colors.stroke), width: 0.75 },
          fontFace: font,
          fontSize: fitFontSize(texts, box.w, box.h, 11, 5),
          valign: 'top',
          margin: INSET,
          paraSpaceAfter: 2,
        },
      );
    });
  });
}
