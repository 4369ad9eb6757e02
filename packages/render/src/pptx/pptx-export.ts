import type { JourneyMap } from '@opencjm/core';
import PptxGenJS from 'pptxgenjs';
import { mapPersonas } from '../model/map-view.ts';
import { RenderOptions, type RenderOptionsInput, stageFigures } from '../options.ts';
import { addDataSlides } from './pptx-data-slides.ts';
import { addMapSlides } from './pptx-map-slide.ts';
import { addStageSlides } from './pptx-stage-slides.ts';
import { addEmotionChartSlide, addOpportunitySlides, addTitleSlide } from './pptx-summary-slides.ts';
import { fontFace } from './pptx-text.ts';

/**
 * The map as a PowerPoint deck, all native and editable: a title slide, the map as shapes
 * and text boxes with the persona and the opportunities (on more slides when it would not
 * fit at 10 pt), one slide per stage (with its persona, opportunities and figures), the
 * emotion curve as a line chart, and the opportunities as a table. "With data" (`data`),
 * the figures, the data emotion curve and the pains accepted from the data join them.
 *
 * @example await writeFile('map.pptx', await mapToPptx(annaMap(), { lang: 'en' }));
 */
export async function mapToPptx(map: JourneyMap, options: RenderOptionsInput = {}): Promise<Uint8Array> {
  const opts = RenderOptions.parse(options);
  const lang = opts.lang ?? map.language;
  const font = fontFace(lang);
  const personas = mapPersonas(map, opts.personas ?? []);
  const figures = stageFigures(opts);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = map.title;
  pptx.company = 'OpenCJM';
  addTitleSlide(pptx, map, personas, lang, font);
  addMapSlides(pptx, map, personas, lang, font, figures);
  addStageSlides(pptx, map, personas, lang, font, figures, opts.data !== undefined);
  addEmotionChartSlide(pptx, map, personas, lang, font, opts.data);
  if (opts.data) addDataSlides(pptx, map, opts.data, lang, font);
  addOpportunitySlides(pptx, map, lang, font);
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return out;
}
