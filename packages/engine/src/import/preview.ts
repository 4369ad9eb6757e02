import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';
import { detectFile } from './detect.ts';
import { csvFields, jsonFields } from './fields.ts';
import { resolvePlan } from './mapping.ts';
import { type ImportMapping, ImportPreset } from './options.ts';
import type { CanonicalField } from './plan.ts';
import { splitJsonDocument } from './split-json.ts';
import { sqlString } from './sql.ts';

/** Rows a preview shows. */
const PREVIEW_ROWS = 20;
/** What `detectFile` reads of a file, bytes. */
const HEAD_BYTES = 64 * 1024;

/** What the importer would make of a file, from its first bytes. */
export const ImportPreview = z.object({
  format: z.enum(['csv', 'ndjson', 'json', 'xes']),
  gzip: z.boolean(),
  encoding: z.string(),
  columns: z.array(z.string()).describe('CSV header columns, or the JSON fields seen (dotted paths)'),
  rows: z.array(z.record(z.string(), z.string().nullable())).describe('The first rows, values as text'),
  suggestedPreset: ImportPreset.nullable().describe('The preset the importer would choose itself'),
  presets: z.array(ImportPreset),
  mapping: z
    .record(z.string(), z.array(z.string()))
    .describe('For each event field, the columns it would be read from (several: the first non-empty)'),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Text of a cell: JSON for objects and arrays. */
function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The dotted paths of an object, two levels deep (`context.page`), for matching presets. */
function paths(record: Record<string, unknown>, prefix = '', depth = 0): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const nested =
      depth < 2 && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? paths(value as Record<string, unknown>, `${path}.`, depth + 1)
        : [];
    return [path, ...nested];
  });
}

/**
 * A preview of the import of `path` (the whole file or only its beginning; a cut-off gzip
 * stream or last line is fine): format, encoding, the columns, the first rows as DuckDB
 * reads them, the preset the importer would choose and where each event field would come
 * from, with `preset` and `mapping` applied as an import would. XES is shown by format only
 * (it is read as a process log: case, activity, timestamp).
 */
export async function previewImport(
  path: string,
  options: { preset?: ImportPreset; mapping?: ImportMapping } = {},
): Promise<ImportPreview> {
  const detected = await detectFile(path, 'auto', 'auto');
  const base = {
    format: detected.format,
    gzip: detected.gzip,
    encoding: detected.encoding,
    presets: [...ImportPreset.options],
  };
  if (detected.format === 'xes')
    return { ...base, columns: [], rows: [], suggestedPreset: 'process-log', mapping: {} };
  const dir = mkdtempSync(join(tmpdir(), 'opencjm-preview-'));
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    // The head as UTF-8 text up to its last whole line (the importer transcodes the same way).
    const head = detected.head;
    // The detector reads the first 64 KiB: a head that long may end inside a line.
    const whole = Buffer.byteLength(head) < HEAD_BYTES - 4;
    const cut = head.lastIndexOf('\n');
    const text = !whole && cut > 0 && detected.format !== 'json' ? head.slice(0, cut + 1) : head;
    let file = join(dir, 'head.txt');
    writeFileSync(file, text);
    let columns: string[];
    let rows: Record<string, string | null>[];
    if (detected.format === 'csv') {
      const reader = await conn.runAndReadAll(
        `SELECT * FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, ignore_errors = true) LIMIT ${PREVIEW_ROWS}`,
      );
      columns = reader.columnNames();
      rows = reader.getRowObjectsJS().map((row) => Object.fromEntries(columns.map((c) => [c, cell(row[c])])));
    } else {
      if (detected.format === 'json') {
        const lines = join(dir, 'records.ndjson');
        await splitJsonDocument(file, false, lines, 1 << 20);
        file = lines;
      }
      const reader = await conn.runAndReadAll(
        `SELECT json FROM read_json_objects(${sqlString(file)}, format = 'newline_delimited', ignore_errors = true) LIMIT ${PREVIEW_ROWS}`,
      );
      const records = reader
        .getRowObjectsJS()
        .map((row) => JSON.parse(String(row.json)) as unknown)
        .filter(
          (r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r),
        );
      columns = [...new Set(records.flatMap((r) => paths(r)))];
      const top = [...new Set(records.flatMap((r) => Object.keys(r)))];
      rows = records.map((r) => Object.fromEntries(top.map((k) => [k, cell(r[k])])));
    }
    const src = detected.format === 'csv' ? csvFields(columns) : jsonFields(columns);
    const plan = resolvePlan(detected.name, src, options.preset, options.mapping ?? {}, false);
    const seen = new Set(columns.map((c) => c.toLowerCase()));
    const mapping: Record<string, string[]> = {};
    for (const [field, expr] of Object.entries(plan.fields) as [CanonicalField, { uses: string[] }][]) {
      const used = expr.uses.filter((u) => seen.has(u.toLowerCase()));
      if (used.length > 0) mapping[field] = used;
    }
    return { ...base, columns, rows, suggestedPreset: plan.preset, mapping };
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
