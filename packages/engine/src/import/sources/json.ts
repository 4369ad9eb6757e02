import type { DuckDBConnection } from '@duckdb/node-api';
import { errorMessage } from '../errors.ts';
import { jsonFields } from '../fields.ts';
import { sqlString, sqlStringList } from '../sql.ts';
import { readerLimits } from './csv.ts';
import type { RawSource } from './raw-source.ts';

/** How to read one JSON file. */
export interface JsonInput {
  path: string;
  gzip: boolean;
  /** `lines`: NDJSON, one record per line; `array`: a JSON array; `document`: other JSON. */
  mode: 'lines' | 'array' | 'document';
  /** Field holding the record's line in another file (XES converted to NDJSON). */
  lineKey?: string;
  tag: string;
  /** Longest line (NDJSON) or JSON object (document) DuckDB reads. */
  maxLineBytes: number;
}

/** Records looked at to learn the top-level keys for the automatic mapping. */
const KEY_SAMPLE = 1000;

/**
 * Reads JSON records as text, one row per record, in file order. NDJSON is read by
 * `read_csv` as one column per line (so a malformed line is one bad record with its line
 * number, not a failed file); a JSON document by `read_json_objects`. Every field the
 * mapping asks for is extracted by one `json_extract_string(j, [paths])` — one parse per
 * record — into the list `r.v`.
 */
export async function jsonSource(conn: DuckDBConnection, input: JsonInput): Promise<RawSource> {
  const compression = input.gzip ? "'gzip'" : "'none'";
  const documentCompression = input.gzip ? "'gzip'" : "'uncompressed'";
  const errors = `stage_rejerr_${input.tag}`;
  const scans = `stage_rejscan_${input.tag}`;
  // The key sample skips lines the reader rejects (invalid UTF-8 …); staging keeps them.
  const reader = (keepRejects: boolean) =>
    input.mode === 'lines'
      ? `SELECT column0 AS j FROM read_csv(${sqlString(input.path)},
          columns = {'column0': 'VARCHAR'}, delim = E'\\x1F', quote = '', escape = '', header = false,
          auto_detect = false, strict_mode = false, compression = ${compression}, ${readerLimits(input.maxLineBytes)}
          ${keepRejects ? `, store_rejects = true, rejects_table = ${sqlString(errors)}, rejects_scan = ${sqlString(scans)}` : ', ignore_errors = true'})`
      : `SELECT json::VARCHAR AS j FROM read_json_objects(${sqlString(input.path)}, format = ${input.mode === 'array' ? "'array'" : "'auto'"}, compression = ${documentCompression}, maximum_object_size = ${Math.max(16 << 20, input.maxLineBytes)})`;
  let keys: string[] = [];
  let fileError: string | null = null;
  try {
    const sample = await conn.runAndReadAll(`SELECT DISTINCT unnest(json_keys(j)) AS k FROM (
      SELECT j FROM (${reader(false)}) WHERE json_valid(j) AND starts_with(ltrim(j), '{') LIMIT ${KEY_SAMPLE})`);
    keys = sample.getRowObjects().map((row) => String(row.k));
  } catch (error) {
    // A document that does not parse cannot be split into records: the file is one bad record.
    fileError = `not valid JSON: ${errorMessage(error).split('\n')[0] ?? ''}`;
  }
  const src = jsonFields(keys);
  const ownLine = input.lineKey ? `TRY_CAST(${src.text(input.lineKey)} AS BIGINT)` : null;
  const source: RawSource = {
    src,
    from: () =>
      `(SELECT j, try(json_extract_string(j, ${sqlStringList(src.paths)})) AS v FROM (${source.fileError ? 'SELECT NULL::VARCHAR AS j LIMIT 0' : reader(true)})) r`,
    // A blank line is no record; a line of spaces is reported as not JSON (trim() of whole
    // records is slow in DuckDB).
    present: 'r.j IS NOT NULL',
    content: 'r.j',
    raw: 'r.j',
    invalid: `CASE WHEN r.v IS NULL THEN 'not valid JSON' WHEN NOT starts_with(ltrim(left(r.j, 64)), '{') THEN 'not a JSON object' END`,
    newlines: '0',
    firstLine: 1,
    ownLine,
    internal: input.lineKey ? [input.lineKey] : [],
    rejectErrors: input.mode === 'lines' ? errors : null,
    readerFile: input.mode === 'lines' ? { path: input.path, gzip: input.gzip } : null,
    readerTemps: input.mode === 'lines' ? [errors, scans] : [],
    fileError,
    wholeFile: input.mode !== 'lines',
  };
  return source;
}
