import { z } from 'zod';

/**
 * The event fields a column can feed, in the order the import page lists them (the keys of
 * the engine's `ImportMapping` besides `timeFormat`; the web app does not load the engine).
 */
export const ImportField = z.enum([
  'timestamp',
  'event',
  'anonymous_id',
  'user_id',
  'email',
  'phone',
  'crm_id',
  'customer_id',
  'channel',
  'source',
  'url',
  'value',
  'text',
  'score',
  'event_id',
]);
export type ImportField = z.infer<typeof ImportField>;

/** Fields of which at least one must have a source: they say whose event it is. */
export const IDENTIFIER_FIELDS: readonly ImportField[] = [
  'anonymous_id',
  'user_id',
  'email',
  'phone',
  'crm_id',
  'customer_id',
];

/** `POST /api/imports/preview`: what an import of the file's beginning would read. */
export const ImportPreview = z.object({
  format: z.string(),
  gzip: z.boolean().optional(),
  encoding: z.string().optional(),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.string().nullable())),
  suggestedPreset: z.string().nullable(),
  presets: z.array(z.string()),
  /** For each event field, the columns it is read from (several: the first non-empty). */
  mapping: z.record(z.string(), z.union([z.array(z.string()), z.string(), z.null()])),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const Count = z.number().int().nonnegative();

/** `GET /api/imports/:id`: an import job's progress and, once done, its totals. */
export const ImportJob = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  phase: z.enum(['converting', 'reading', 'loading', 'stitching']).optional(),
  fraction: z.number().min(0).max(1).optional(),
  read: Count,
  accepted: Count,
  quarantined: Count,
  duplicates: Count,
  importId: z.string().optional(),
  seconds: z.number().nonnegative().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ImportJob = z.infer<typeof ImportJob>;

/** One quarantined row: its line (or record number), why it was set aside, its original text. */
export const QuarantineRow = z.object({
  line: z.number().int().nullable(),
  reason: z.string(),
  raw: z.string().nullable(),
});
export type QuarantineRow = z.infer<typeof QuarantineRow>;

/** `GET /api/imports/:id/quarantine`: the first quarantined rows and how many there are. */
export const QuarantineList = z.object({
  items: z.array(QuarantineRow),
  total: Count.optional(),
});
export type QuarantineList = z.infer<typeof QuarantineList>;
