import type { FieldSource } from '../fields.ts';
import type { ReaderFile } from '../original-bytes.ts';

/**
 * How DuckDB reads one file's records, before any of our checks: the table expression
 * (alias `r`) and SQL over `r` for what the importer needs of each record. Reading and
 * checking happen in one parallel pass (see `stageFile`).
 */
export interface RawSource {
  src: FieldSource;
  /** Table expression of the records in file order, aliased `r`; JSON paths are final when called. */
  from(): string;
  /** SQL: the record exists (an NDJSON blank line does not). */
  present: string;
  /** SQL: the record's content, hashed with the file name into the event id. */
  content: string;
  /** SQL: the record's raw text, kept for the quarantine. */
  raw: string;
  /** SQL: why the record cannot be read at all (e.g. not valid JSON), else NULL. */
  invalid: string;
  /** SQL: newlines inside the record's fields (a CSV field may span lines), else 0. */
  newlines: string;
  /** Line of the first record when nothing is rejected and nothing spans lines. */
  firstLine: number;
  /** SQL of the record's line when the source carries it (XES converted to NDJSON). */
  ownLine: string | null;
  /** Source fields not to copy into properties (e.g. the XES line key). */
  internal: string[];
  /** DuckDB's table of records its reader rejected, when the reader keeps them. */
  rejectErrors: string | null;
  /** The UTF-8 file DuckDB reads, when its rejected lines can be read back by byte position. */
  readerFile: ReaderFile | null;
  /** Temporary tables DuckDB creates while reading (dropped after staging). */
  readerTemps: string[];
  /**
   * Why the whole file could not be read as records (a broken JSON document), else null.
   * Set by the reader or when staging fails; `from()` is then empty.
   */
  fileError: string | null;
  /** A read error makes the whole file one bad record (a JSON document), instead of failing. */
  wholeFile: boolean;
}
