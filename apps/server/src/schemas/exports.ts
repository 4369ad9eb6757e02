import { Language } from '@opencjm/core';
import { ExportFormat, PdfPage } from '@opencjm/render';
import { z } from 'zod';
import { AnalyticsQuery } from './analytics.ts';

/** `GET /api/maps/:id/export?format=…`: the format and the options of the picture. */
export const ExportQuery = z.object({
  format: ExportFormat,
  lang: Language.optional().describe("Language of the labels; default: the map's language"),
  page: PdfPage.optional().describe(
    'PDF page: a4, letter or a3 landscape (the map fills the width, more pages when tall), or fit (a page the size of the map)',
  ),
  scale: z.coerce.number().positive().max(8).optional().describe('PNG pixels per SVG unit; default 1.5'),
  withData: z
    .stringbool()
    .optional()
    .describe(
      'true: add the measured figures per stage (as GET /api/maps/{id}/metrics gives them), the data emotion curve and the pains accepted from data',
    ),
  window: z.string().default('7d').describe('Funnel window of the figures with withData, e.g. 7d, 12h, 30m'),
  // The period of the figures with withData, parsed as the analytics routes parse it; the
  // export names it beside the figures.
  ...AnalyticsQuery.pick({ from: true, to: true }).shape,
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/** The media type answered for each export format. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  mermaid: 'text/plain; charset=utf-8',
};

/** The exported file: bytes, sent as they are (fastify never serializes a Buffer). */
export const ExportFile = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: 'string', format: 'binary', description: 'The exported file' });
