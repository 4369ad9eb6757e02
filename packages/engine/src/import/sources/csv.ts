import { csvFields } from '../fields.ts';
import { parseCsvHeader } from '../header.ts';
import { sqlIdent, sqlString } from '../sql.ts';
import type { RawSource } from './raw-source.ts';

/** How to read one CSV: the (UTF-8) file DuckDB reads and its header line. */
export interface CsvInput {
  path: string;
  gzip: boolean;
  /** Decoded first bytes, for the header. */
  head: string;
  delimiter?: string;
  /** Unique suffix for temporary table names. */
  tag: string;
  /** Longest record DuckDB reads; a longer one is rejected (see `readerLimits`). */
  maxLineBytes: number;
}

/** `read_csv` options for the line limit: longer records are rejected, and the buffer holds several. */
export function readerLimits(maxLineBytes: number): string {
  return `max_line_size = ${maxLineBytes + 2}, buffer_size = ${Math.max(32 << 20, 4 * (maxLineBytes + 2))}`;
}

/**
 * Reads a CSV with DuckDB's `read_csv`: every column as VARCHAR (typing is ours, so a bad
 * value quarantines one row instead of failing the file), RFC 4180 quoting, and rejected
 * records (wrong number of fields, bad quoting, invalid UTF-8) kept with their line.
 */
export function csvSource(input: CsvInput): RawSource {
  const { delimiter, columns } = parseCsvHeader(input.head, input.delimiter);
  const errors = `stage_rejerr_${input.tag}`;
  const scans = `stage_rejscan_${input.tag}`;
  const types = columns.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ');
  const from = `read_csv(${sqlString(input.path)},
    delim = ${sqlString(delimiter)}, quote = '"', escape = '"', header = true, auto_detect = false,
    columns = {${types}}, compression = ${input.gzip ? "'gzip'" : "'none'"},
    ${readerLimits(input.maxLineBytes)}, store_rejects = true, rejects_table = ${sqlString(errors)}, rejects_scan = ${sqlString(scans)}) r`;
  const cols = columns.map((c) => `r.${sqlIdent(c)}`);
  const quoted = cols.map(
    (c) =>
      `CASE WHEN ${c} IS NULL THEN '' WHEN contains(${c}, ${sqlString(delimiter)}) OR contains(${c}, '"') OR contains(${c}, E'\\n') OR contains(${c}, E'\\r') THEN '"' || replace(${c}, '"', '""') || '"' ELSE ${c} END`,
  );
  const newlines = cols.map(
    (c) =>
      `CASE WHEN contains(${c}, E'\\n') THEN length(${c}) - length(replace(${c}, E'\\n', '')) ELSE 0 END`,
  );
  return {
    src: csvFields(columns),
    from: () => from,
    present: 'true',
    content: `concat_ws(chr(31), ${cols.map((c) => `coalesce(${c}, '')`).join(', ')})`,
    raw: `concat_ws(${sqlString(delimiter)}, ${quoted.join(', ')})`,
    invalid: 'NULL::VARCHAR',
    newlines: newlines.join(' + '),
    firstLine: 2,
    ownLine: null,
    internal: [],
    rejectErrors: errors,
    readerFile: { path: input.path, gzip: input.gzip },
    readerTemps: [errors, scans],
    fileError: null,
    wholeFile: false,
  };
}
