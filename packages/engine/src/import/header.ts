/** The CSV dialect of a file, decided from its header line. */
export interface CsvHeader {
  delimiter: string;
  /** Column names, made unique and non-empty (`column1` for an empty name). */
  columns: string[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Reads the header line of a CSV: picks the delimiter that splits it into the most fields
 * (unless one is given) and returns the column names. Only this one line is parsed here;
 * the rows are read by DuckDB's `read_csv`, which DuckDB's own sniffer cannot be trusted to
 * configure on small files full of bad rows.
 */
export function parseCsvHeader(head: string, delimiter?: string): CsvHeader {
  const line = firstLine(head);
  const chosen =
    delimiter ??
    DELIMITERS.reduce((best, candidate) =>
      splitFields(line, candidate).length > splitFields(line, best).length ? candidate : best,
    );
  return { delimiter: chosen, columns: uniqueNames(splitFields(line, chosen)) };
}

function firstLine(head: string): string {
  const end = head.indexOf('\n');
  const line = end < 0 ? head : head.slice(0, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Splits one line on `delimiter`, honouring `"…"` quoting with `""` as an escaped quote. */
function splitFields(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, index) => {
    const base = raw.trim() === '' ? `column${index + 1}` : raw.trim();
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
