import type { JourneyMap, Language, Persona } from '@opencjm/core';
import type PptxGenJS from 'pptxgenjs';
import { labelled, t } from '../i18n.ts';
import { dataEmotionPoints, emotionCurves, mapSubtitle, personaName, stageName } from '../model/map-view.ts';
import type { MapData } from '../options.ts';
import { COLORS } from '../svg/theme.ts';
import { pageRows, tableColumns } from './pptx-table.ts';
import { hex, SLIDE } from './pptx-text.ts';

/** The first slide: map title, type and process, description and personas. */
export function addTitleSlide(
  pptx: PptxGenJS,
  map: JourneyMap,
  personas: readonly Persona[],
  lang: Language,
  font: string,
): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'F5F7FA' };
  slide.addText(map.title, { x: 0.8, y: 2.2, w: 11.7, h: 1.2, fontSize: 36, bold: true, fontFace: font });
  const lines = [mapSubtitle(map, lang)];
  if (map.description) lines.push(map.description);
  if (personas.length > 0)
    lines.push(labelled(lang, 'heading.personas', personas.map((p) => p.name).join(', ')));
  slide.addText(
    lines.map((text, k) => ({ text, options: { breakLine: k < lines.length - 1 } })),
    { x: 0.8, y: 3.5, w: 11.7, h: 2, fontSize: 16, color: hex(COLORS.muted), fontFace: font, valign: 'top' },
  );
}

/**
 * The emotion curve as a native line chart (editable data), one series per curve.
 * Stages without a point are gaps.
 */
export function addEmotionChartSlide(
  pptx: PptxGenJS,
  map: JourneyMap,
  personas: readonly Persona[],
  lang: Language,
  font: string,
  data?: MapData,
): void {
  const curves = emotionCurves(map);
  const measured = dataEmotionPoints(map, data);
  if (curves.length === 0 && measured.length === 0) return;
  const slide = pptx.addSlide();
  slide.addText(t(lang, 'heading.emotion'), {
    x: 0.4,
    y: 0.3,
    w: 12,
    h: 0.6,
    fontSize: 24,
    bold: true,
    fontFace: font,
  });
  const labels = map.stages.map((s) => s.name);
  const series = curves.map((curve) => ({
    name: personaName(personas, curve.persona, lang),
    labels,
    // pptxgenjs writes a missing value as an empty point (a gap in the line); its types only say number.
    values: map.stages.map((s) => curve.points.find((p) => p.stage === s.id)?.score ?? null) as number[],
  }));
  if (measured.length > 0) {
    series.push({
      name: t(lang, 'heading.dataEmotion'),
      labels,
      values: map.stages.map((s) => measured.find((p) => p.stage === s.id)?.score ?? null) as number[],
    });
  }
  slide.addChart(pptx.ChartType.line, series, {
    x: 0.4,
    y: 1.1,
    w: SLIDE.width - 0.8,
    h: SLIDE.height - 1.5,
    valAxisMinVal: -2,
    valAxisMaxVal: 2,
    valAxisMajorUnit: 1,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 9,
    lineSize: 3,
    showValue: true,
    dataLabelFormatCode: 'General',
    dataLabelPosition: 't',
    showLegend: series.length > 1 || curves[0]?.persona !== undefined,
    legendPos: 'b',
    chartColors: [...COLORS.curve.slice(0, curves.length), COLORS.dataCurve].map(hex),
    catAxisLabelFontFace: font,
    valAxisLabelFontFace: font,
    legendFontFace: font,
  });
}

/** Height of the table area under the slide title, inches. */
const TABLE_HEIGHT = SLIDE.height - 1.1 - 0.3;
const TABLE_FONT = 11;

/**
 * The opportunities as a table: title, stage, owner, status, impact and effort; long
 * lists continue on more slides, as many rows per slide as fit. Paged here, not by
 * pptxgenjs' autoPage, which splits cells into word runs with repeated paragraph properties.
 */
export function addOpportunitySlides(pptx: PptxGenJS, map: JourneyMap, lang: Language, font: string): void {
  const head = (
    ['field.title', 'field.stage', 'field.owner', 'field.status', 'field.impact', 'field.effort'] as const
  ).map((key) => t(lang, key));
  const rows = map.opportunities.map((o) => [
    o.title,
    stageName(map, o.stage),
    o.owner ?? t(lang, 'value.none'),
    t(lang, `status.${o.status}`),
    o.impact === undefined ? '' : String(o.impact),
    o.effort === undefined ? '' : String(o.effort),
  ]);
  if (rows.length === 0) return;
  const colW = tableColumns(head, rows, SLIDE.width - 0.8, [4, 2, 2.5, 1.2, 0, 0], TABLE_FONT);
  const headRow = head.map((text) => ({ text, options: { bold: true, fill: { color: 'EEF2F7' } } }));
  for (const page of pageRows(head, rows, colW, TABLE_FONT, TABLE_HEIGHT)) {
    const slide = pptx.addSlide();
    slide.addText(t(lang, 'heading.opportunities'), {
      x: 0.4,
      y: 0.3,
      w: 12,
      h: 0.6,
      fontSize: 24,
      bold: true,
      fontFace: font,
    });
    slide.addTable([headRow, ...page.map((row) => row.map((text) => ({ text })))], {
      x: 0.4,
      y: 1.1,
      w: SLIDE.width - 0.8,
      colW,
      fontFace: font,
      fontSize: TABLE_FONT,
      border: { type: 'solid', pt: 0.5, color: 'D9DEE4' },
      valign: 'top',
    });
  }
}
