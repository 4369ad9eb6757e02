/**
 * @opencjm/render — shows a journey map to everyone: a pure SVG picture, and PNG, PDF,
 * XLSX (with import back), PPTX, Markdown, HTML, CSV, Mermaid and a customer timeline.
 */
export {
  ExportFormat,
  ExportOptions,
  type ExportOptionsInput,
  exportMap,
  FORMAT_EXTENSIONS,
} from './export.ts';
export { type MessageKey, t } from './i18n.ts';
export { MapData, RenderOptions, type RenderOptionsInput, StageMetric, StageMetrics } from './options.ts';
export { mapToPptx } from './pptx/pptx-export.ts';
export { FONT_FILES, MissingFontError } from './raster/fonts.ts';
export { PdfPage, svgToPdf } from './raster/pdf.ts';
export { svgToPng } from './raster/png.ts';
export { CSV_COLUMNS, renderCardsCsv } from './report/csv.ts';
export { renderHtml } from './report/html.ts';
export { escapeMarkdown, renderMarkdown } from './report/markdown.ts';
export { renderMermaid, sanitizeMermaid } from './report/mermaid.ts';
export { renderMapSvg } from './svg/render-map-svg.ts';
export { escapeXml } from './text/escape.ts';
export { renderTimelineSvg } from './timeline/render-timeline-svg.ts';
export { TimelineEvent, TimelineOptions, type TimelineOptionsInput } from './timeline/timeline-schema.ts';
export { XlsxImportError } from './xlsx/xlsx-error.ts';
export { mapToXlsx } from './xlsx/xlsx-export.ts';
export { importMapFromXlsx } from './xlsx/xlsx-import.ts';
