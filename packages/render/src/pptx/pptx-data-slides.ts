import type { JourneyMap, Language } from '@opencjm/core';
import type PptxGenJS from 'pptxgenjs';
import { dataCaption } from '../data/data-caption.ts';
import { figureRows, namedPains } from '../data/data-table.ts';
import { t } from '../i18n.ts';
import { type MapData, measured } from '../options.ts';
import { pageRows, tableColumns } from './pptx-table.ts';
import { SLIDE } from './pptx-text.ts';

const FONT_SIZE = 11;
/** Height of the table area under the title and its note, inches. */
const TABLE_HEIGHT = SLIDE.height - 1.25 - 0.3;

function heading(slide: PptxGenJS.Slide, text: string, font: string): void {
  slide.addText(text, { x: 0.4, y: 0.3, w: 12.5, h: 0.6, fontSize: 24, bold: true, fontFace: font });
}

/** A table over as many slides as its rows need, the header row on each. */
function tableSlides(
  pptx: PptxGenJS,
  title: string,
  head: readonly string[],
  rows: readonly string[][],
  weights: number[],
  font: string,
  note?: string,
): void {
  const colW = tableColumns(head, rows, SLIDE.width - 0.8, weights, FONT_SIZE);
  const headRow = head.map((text) => ({ text, options: { bold: true, fill: { color: 'EEF2F7' } } }));
  for (const page of pageRows(head, rows, colW, FONT_SIZE, TABLE_HEIGHT)) {
    const slide = pptx.addSlide();
    heading(slide, title, font);
    if (note) slide.addText(note, { x: 0.4, y: 0.85, w: 12.5, h: 0.3, fontSize: FONT_SIZE, fontFace: font });
    slide.addTable([headRow, ...page.map((row) => row.map((text) => ({ text })))], {
      x: 0.4,
      y: 1.25,
      w: SLIDE.width - 0.8,
      colW,
      fontFace: font,
      fontSize: FONT_SIZE,
      border: { type: 'solid', pt: 0.5, color: 'D9DEE4' },
      valign: 'top',
    });
  }
}

/**
 * "With data": the figures per stage as a table (stage names, the measured figures, under
 * the title their period and conversion window), then the pains accepted from the data with the analysis behind each.
 */
export function addDataSlides(
  pptx: PptxGenJS,
  map: JourneyMap,
  asked: MapData,
  lang: Language,
  font: string,
): void {
  const data = measured(asked);
  const table = data ? figureRows(map, data, lang) : undefined;
  const note = dataCaption(asked, lang);
  if (data && table && table.head.length > 1) {
    tableSlides(
      pptx,
      t(lang, 'heading.data'),
      table.head,
      table.rows,
      [3, ...table.head.slice(1).map(() => 1)],
      font,
      note,
    );
  } else {
    // Data that measured nothing: one slide says so rather than a table of zeros.
    const slide = pptx.addSlide();
    heading(slide, t(lang, 'heading.data'), font);
    slide.addText(note, { x: 0.4, y: 0.85, w: 12.5, h: 0.3, fontSize: FONT_SIZE, fontFace: font });
    slide.addText(t(lang, 'value.noData'), { x: 0.4, y: 1.2, w: 12.5, h: 0.5, fontSize: 16, fontFace: font });
  }
  const pains = namedPains(map);
  if (pains.length === 0) return;
  tableSlides(
    pptx,
    t(lang, 'heading.dataPains'),
    [t(lang, 'field.stage'), t(lang, 'field.touchpoint'), t(lang, 'field.text'), t(lang, 'field.sources')],
    pains.map((p) => [p.stage, p.touchpoint || t(lang, 'value.none'), p.text, p.source]),
    [2, 2, 5, 3],
    font,
  );
}
