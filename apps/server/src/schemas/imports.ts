import { ImportFormat, ImportMapping, ImportPreset } from '@opencjm/engine';
import { z } from 'zod';

/** An IANA time zone name the runtime knows, e.g. Europe/Moscow. */
const TimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone');

/** A JSON object in a query parameter, checked against `ImportMapping`. */
const MappingParam = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(ImportMapping);

/** `POST /api/imports?…`: how to read the uploaded file (the body is the file itself). */
export const ImportQuery = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('File name (events.csv, log.xes.gz …): helps detect the format, names the quarantine source'),
  preset: ImportPreset.optional(),
  format: ImportFormat.optional().describe('Default: auto, from the name and the first bytes'),
  timezone: TimeZone.optional().describe('IANA zone of times written without an offset; default UTC'),
  delimiter: z.string().length(1).optional().describe('CSV delimiter; detected when absent'),
  encoding: z.string().min(1).optional().describe('auto (UTF-8, else Windows-1251) or an encoding name'),
  mapping: MappingParam.optional().describe(
    'JSON object: event field → source column, e.g. {"timestamp":"time"}',
  ),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

/** Where an import job is. */
export const ImportState = z
  .enum(['queued', 'running', 'done', 'failed'])
  .describe('queued: waiting for the database; done: the totals are final');
export type ImportState = z.infer<typeof ImportState>;

const Count = z.number().int().nonnegative();

/** `GET /api/imports/:id`: progress and, when done, the totals (read = accepted + quarantined + duplicates). */
export const ImportStatus = z.object({
  id: z.string(),
  name: z.string().describe('The uploaded file name'),
  state: ImportState,
  phase: z.enum(['converting', 'reading', 'loading', 'stitching']).optional(),
  fraction: z.number().min(0).max(1).optional().describe('Share of the current phase done'),
  read: Count,
  accepted: Count,
  quarantined: Count,
  duplicates: Count,
  importId: z.string().optional().describe('The engine import id, on events and quarantine rows'),
  seconds: z.number().nonnegative().optional(),
  error: z
    .object({ code: z.string(), message: z.string() })
    .optional()
    .describe('Why a failed import failed'),
});
export type ImportStatus = z.infer<typeof ImportStatus>;

/** `:id` of an import job. */
export const ImportParams = z.object({ id: z.string().min(1) });

/** `POST /api/imports/preview?…`: the body is the beginning of the file (up to 2 MB). */
export const PreviewQuery = ImportQuery.pick({ name: true, preset: true, mapping: true });

/** One quarantined row of an import: its line (or record number), why, and its original text. */
export const QuarantineRow = z.object({
  line: z.number().int().nullable(),
  reason: z.string(),
  raw: z.string().nullable(),
});

/** `GET /api/imports/:id/quarantine`: the rows the import kept aside, in file order. */
export const QuarantineList = z.object({
  items: z.array(QuarantineRow),
  total: z.number().int().nonnegative().describe('All quarantined rows; items holds the first 1,000'),
});
