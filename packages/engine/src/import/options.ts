import { z } from 'zod';

/** Named mappings for common exports; see docs/import.md for the columns each expects. */
export const ImportPreset = z.enum(['process-log', 'segment', 'ga4', 'crm', 'email', 'support', 'survey']);
export type ImportPreset = z.infer<typeof ImportPreset>;

/** File formats the importer reads; `auto` decides from the name and the first bytes. */
export const ImportFormat = z.enum(['auto', 'csv', 'ndjson', 'json', 'xes']);
export type ImportFormat = z.infer<typeof ImportFormat>;

const column = z.string().min(1);

/**
 * Which source column (CSV header) or field (JSON, dotted path such as `context.page.url`)
 * feeds each event field. Entries override the preset and the automatic mapping by name.
 */
export const ImportMapping = z
  .object({
    timestamp: column.optional().describe('time of the event: ISO 8601 with any offset, or epoch s/ms/µs'),
    event: column.optional().describe('event name / activity'),
    channel: column.optional(),
    source: column.optional(),
    url: column.optional(),
    text: column.optional().describe('free text: review, ticket, survey comment'),
    score: column.optional().describe('numeric survey answer'),
    value: column.optional().describe('revenue or another amount'),
    event_id: column
      .optional()
      .describe('id given by the source; otherwise a hash of file name, line and row'),
    anonymous_id: column.optional(),
    user_id: column.optional(),
    email: column.optional(),
    phone: column.optional(),
    crm_id: column.optional(),
    customer_id: column.optional(),
    timeFormat: z
      .string()
      .min(1)
      .optional()
      .describe('strptime format for times that are not ISO 8601, e.g. %d.%m.%Y %H:%M'),
  })
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

/** Where an import is, reported while it runs (for progress bars). */
export interface ImportProgress {
  file: string;
  /** 0-based index of the file among those imported. */
  fileIndex: number;
  files: number;
  phase: 'converting' | 'reading' | 'loading' | 'stitching';
  /** Progress of the phase, 0..1. */
  fraction: number;
}
export type ImportProgressListener = (progress: ImportProgress) => void;

/**
 * Named points of an import, reported through `onCheckpoint` (fault-injection tests kill the
 * process there): a file `staged` (nothing of it stored yet), a `batch` committed, all
 * files `loaded`, `stitching` prepared (the union-find about to run), `stitched`.
 */
export const ImportCheckpoint = z.enum(['staged', 'batch', 'loaded', 'stitching', 'stitched']);
export type ImportCheckpoint = z.infer<typeof ImportCheckpoint>;

/** Options of {@link importFiles}. */
export const ImportOptions = z
  .object({
    preset: ImportPreset.optional(),
    mapping: ImportMapping.default({}),
    format: ImportFormat.default('auto'),
    delimiter: z
      .string()
      .length(1)
      .optional()
      .describe('CSV delimiter; detected from the header when absent'),
    encoding: z
      .string()
      .default('auto')
      .describe('auto (UTF-8, else Windows-1251), or any encoding iconv-lite knows'),
    timezone: z.string().default('UTC').describe('IANA zone of times written without an offset'),
    batchRows: z
      .number()
      .int()
      .positive()
      .default(5_000_000)
      .describe('rows moved to events per transaction'),
    maxLineBytes: z
      .number()
      .int()
      .min(1024)
      .default(8 << 20)
      .describe(
        'longest line of a CSV or NDJSON file, longest XES event and longest JSON record, in bytes (so also the longest field); a longer one is quarantined with its first 1 KB and its SHA-256',
      ),
    maxDepth: z
      .number()
      .int()
      .positive()
      .default(64)
      .describe('deepest nesting of objects and arrays in a JSON record; a deeper record is quarantined'),
    memoryLimit: z
      .string()
      .default('1GB')
      .describe('DuckDB memory limit while importing; staging beyond it spills to a temporary directory'),
    quarantineDir: z
      .string()
      .optional()
      .describe('where <import_id>.ndjson goes; default WORKSPACE/quarantine (none for an in-memory store)'),
    stitch: z.boolean().default(true).describe('run identity stitching after the import'),
    maxIdsPerType: z.number().int().positive().default(5).describe('stitching cap, see stitchIdentities'),
    blockedIdentifiers: z.array(z.string()).default([]).describe('extra identifier values to ignore'),
    onProgress: z.custom<ImportProgressListener>((value) => typeof value === 'function').optional(),
    onCheckpoint: z
      .custom<(checkpoint: ImportCheckpoint) => void>((value) => typeof value === 'function')
      .optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptions>;
export type ImportOptionsInput = z.input<typeof ImportOptions>;

const counts = {
  read: z.number().int().nonnegative().describe('rows (or records) found in the files'),
  accepted: z.number().int().nonnegative().describe('new events stored'),
  quarantined: z.number().int().nonnegative().describe('bad rows stored in the quarantine'),
  duplicates: z.number().int().nonnegative().describe('rows already stored by an earlier import'),
};

/** What one file contributed; read = accepted + quarantined + duplicates. */
export const FileSummary = z.object({ file: z.string(), format: ImportFormat, ...counts });
export type FileSummary = z.infer<typeof FileSummary>;

/** Totals of an import; read = accepted + quarantined + duplicates always. */
export const ImportSummary = z.object({
  importId: z.string(),
  ...counts,
  seconds: z.number().nonnegative(),
  files: z.array(FileSummary),
  quarantineFile: z.string().nullable().describe('NDJSON copy of the quarantined rows, if any'),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
