import { IDENTIFIER_FIELDS, type ImportField, type ImportPreview } from '../../api/import-schemas.ts';

/** How much of a file the preview reads: enough for the first rows of any format, quick to send. */
export const PREVIEW_BYTES = 1024 * 1024;

/** The beginning of a file sent for the preview (a cut-off gzip stream or line is fine there). */
export function fileHead(file: Blob): Blob {
  return file.size > PREVIEW_BYTES ? file.slice(0, PREVIEW_BYTES) : file;
}

/** Column overrides chosen on the page: event field → source column. */
export type Overrides = Partial<Record<ImportField, string>>;

/** The columns the server would read `field` from (it may name one column or several). */
export function serverSources(mapping: ImportPreview['mapping'], field: ImportField): string[] {
  const value = mapping[field];
  if (value === undefined || value === null) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Where each field comes from: the chosen column, else what the server found (preset or names). */
export function fieldSources(
  mapping: ImportPreview['mapping'],
  overrides: Overrides,
  fields: readonly ImportField[],
): Partial<Record<ImportField, string[]>> {
  const sources: Partial<Record<ImportField, string[]>> = {};
  for (const field of fields) {
    const chosen = overrides[field];
    const found = chosen ? [chosen] : serverSources(mapping, field);
    if (found.length > 0) sources[field] = found;
  }
  return sources;
}

/**
 * A cell of a preview row: the column itself, or a dotted path (`context.page.url`) into a
 * JSON object held in its first part (the preview shows nested objects as JSON text).
 */
export function cellValue(row: Readonly<Record<string, string | null>>, path: string): string | null {
  if (Object.hasOwn(row, path)) return row[path] ?? null;
  const parts = path.split('.');
  for (let cut = parts.length - 1; cut > 0; cut--) {
    const head = parts.slice(0, cut).join('.');
    const text = Object.hasOwn(row, head) ? row[head] : undefined;
    if (typeof text !== 'string') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
    for (const key of parts.slice(cut)) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return null;
      value = (value as Record<string, unknown>)[key];
    }
    if (value === null || value === undefined) return null;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return null;
}

/** The value a field gets from a row: the first non-empty of its sources. */
export function fieldValue(
  row: Readonly<Record<string, string | null>>,
  sources: readonly string[],
): string | null {
  for (const source of sources) {
    const value = cellValue(row, source);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** What an import cannot do without: a time, an event name and at least one identifier. */
export type MissingField = 'timestamp' | 'event' | 'identifier';

export function missingFields(sources: Partial<Record<ImportField, string[]>>): MissingField[] {
  const missing: MissingField[] = [];
  if (!sources.timestamp) missing.push('timestamp');
  if (!sources.event) missing.push('event');
  if (!IDENTIFIER_FIELDS.some((field) => sources[field])) missing.push('identifier');
  return missing;
}

/** The overrides as the import's `mapping` (empty choices left out), plus the time format if any. */
export function mappingOf(overrides: Overrides, timeFormat: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const [field, column] of Object.entries(overrides)) if (column) mapping[field] = column;
  const format = timeFormat.trim();
  if (format) mapping.timeFormat = format;
  return mapping;
}

/** A share 0..1 as a whole percentage, clamped. */
export function percent(fraction: number | undefined): number {
  if (fraction === undefined || !Number.isFinite(fraction)) return 0;
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}

/**
 * The columns a preview's rows hold, in the server's order: every CSV column, the top-level
 * fields of JSON records (their nested paths are offered for mapping but not shown as columns).
 */
export function rowColumns(preview: Pick<ImportPreview, 'columns' | 'rows'>): string[] {
  const held = new Set(preview.rows.flatMap((row) => Object.keys(row)));
  const listed = preview.columns.filter((column) => held.has(column));
  return [...listed, ...[...held].filter((column) => !listed.includes(column))];
}
