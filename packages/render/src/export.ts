import type { JourneyMap } from '@opencjm/core';
import { z } from 'zod';
import { RenderOptions } from './options.ts';
import { mapToPptx } from './pptx/pptx-export.ts';
import { PdfPage, svgToPdf } from './raster/pdf.ts';
import { svgToPng } from './raster/png.ts';
import { renderCardsCsv } from './report/csv.ts';
import { renderHtml } from './report/html.ts';
import { renderMarkdown } from './report/markdown.ts';
import { renderMermaid } from './report/mermaid.ts';
import { renderMapSvg } from './svg/render-map-svg.ts';
import { cleanDeep } from './text/clean-text.ts';
import { mapToXlsx } from './xlsx/xlsx-export.ts';

/** Every format a map can be exported to. */
export const ExportFormat = z.enum(['svg', 'png', 'pdf', 'xlsx', 'pptx', 'md', 'html', 'csv', 'mermaid']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** File name extension of each format (Mermaid diagrams conventionally use .mmd). */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  svg: 'svg',
  png: 'png',
  pdf: 'pdf',
  xlsx: 'xlsx',
  pptx: 'pptx',
  md: 'md',
  html: 'html',
  csv: 'csv',
  mermaid: 'mmd',
};

export const ExportOptions = RenderOptions.extend({
  page: PdfPage.optional().describe('PDF page: a4 or a3 landscape, or fit (a page the size of the map)'),
  scale: z.number().positive().max(8).optional().describe('PNG pixels per SVG unit; default 1.5'),
});
export type ExportOptions = z.infer<typeof ExportOptions>;
export type ExportOptionsInput = z.input<typeof ExportOptions>;

/**
 * Exports a map to one format: text formats (svg, md, html, csv, mermaid) come back as a
 * string, binary ones (png, pdf, xlsx, pptx) as bytes. Texts of the map and the options
 * are cleaned first by one rule for all formats (`cleanText`: control characters, bidi
 * isolation).
 *
 * @example
 * const pdf = await exportMap(annaMap(), 'pdf', { page: 'a3' });
 * await writeFile('anna.pdf', pdf);
 */
export async function exportMap(
  map: JourneyMap,
  format: ExportFormat,
  options: ExportOptionsInput = {},
): Promise<Uint8Array | string> {
  const { page, scale, ...given } = ExportOptions.parse(options);
  // Control characters are cleaned, and bidi controls isolated, once for every format.
  const render = cleanDeep(given);
  return exportClean(cleanDeep(map), format, render, page, scale);
}

async function exportClean(
  map: JourneyMap,
  format: ExportFormat,
  render: ReturnType<typeof RenderOptions.parse>,
  page: PdfPage | undefined,
  scale: number | undefined,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'svg':
      return renderMapSvg(map, render);
    case 'png':
      return svgToPng(renderMapSvg(map, render), { scale });
    case 'pdf':
      return svgToPdf(renderMapSvg(map, render), { page, title: map.title });
    case 'xlsx':
      return mapToXlsx(map, render);
    case 'pptx':
      return mapToPptx(map, render);
    case 'md':
      return renderMarkdown(map, render);
    case 'html':
      return renderHtml(map, render);
    case 'csv':
      return renderCardsCsv(map);
    case 'mermaid':
      return renderMermaid(map, render);
  }
}
