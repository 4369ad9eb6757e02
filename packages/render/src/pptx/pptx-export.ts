import type { JourneyMap } from '@opencjm/core';
import PptxGenJS from 'pptxgenjs';
import { translator } from '../i18n.ts';
import { mapPersonas } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput } from '../options.ts';
import { addMapSlide } from './pptx-map-slide.ts';
import { addStageSlides } from './pptx-stage-slides.ts';
import { addEmotionChartSlide, addOpportunitySlides, addTitleSlide } from './pptx-summary-slides.ts';
import { fontFace } from './pptx-text.ts';

/**
 * The map as a PowerPoint deck, all native and editable: a title slide, the map as shapes
 * and text boxes, one slide per stage (with its metrics when given), the emotion curve as
 * a line chart, and the opportunities as a table.
 *
 * @example await writeFile('map.pptx', await mapToPptx(annaMap(), { lang: 'en' }));
 */
export async function mapToPptx(map: JourneyMap, options: RenderOptionsInput = {}): Promise<Uint8Array> {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const font = fontFace(lang);
  const personas = mapPersonas(map, opts.personas ?? []);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = map.title;
  pptx.company = 'OpenCJM';
  addTitleSlide(pptx, map, personas, lang, font);
  addMapSlide(pptx, map, translator(lang), font);
  addStageSlides(pptx, map, lang, font, opts.metrics);
  addEmotionChartSlide(pptx, map, personas, lang, font);
  addOpportunitySlides(pptx, map, lang, font);
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return out;
}
