/**
 * A problem that stops the import of one file before anything of it is stored (unreadable
 * file, a mapping that names a missing column …). Bad rows never raise this: they go to
 * the quarantine. The message names the file, and the field when there is one.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    detail: string,
    readonly field?: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ImportError';
  }
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** DuckDB cannot read a JSON document as a whole; the importer then splits it into records. */
export class UnreadableDocument extends Error {
  constructor(detail: string) {
    super(`not valid JSON: ${detail}`);
    this.name = 'UnreadableDocument';
  }
}

/**
 * DuckDB's CSV reader failed on the whole file, as it does on mixed CRLF and LF line ends;
 * the importer then reads it again with uniform line ends (an `ImportError` if that fails too).
 */
export class MixedNewlines extends ImportError {
  constructor(file: string, detail: string) {
    super(file, `cannot be read: ${detail}`);
    this.name = 'MixedNewlines';
  }
}
