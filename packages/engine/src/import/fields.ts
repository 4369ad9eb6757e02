import { jsonPath, sqlIdent, sqlString } from './sql.ts';

/**
 * The columns of a staged file as SQL, the same way for CSV and JSON, so presets and
 * mappings are written once. CSV names are header columns; JSON names are dotted paths
 * (`context.page.url`). A CSV with dotted headers (Segment's flat export) maps the same way.
 */
export interface FieldSource {
  readonly kind: 'csv' | 'json';
  /** Names known to exist: the CSV header, or top-level keys seen in a sample of JSON. */
  readonly names: readonly string[];
  /** The real name of a field (CSV columns match case-insensitively), or undefined. */
  find(name: string): string | undefined;
  /** VARCHAR SQL of a field; SQL NULL when a CSV lacks the column. */
  text(name: string): string;
  /** JSON SQL of a field (JSON sources only; NULL for CSV). */
  json(name: string): string;
  /** SQL of a JSON object holding every field except `used` (NULL when nothing is left). */
  rest(used: ReadonlySet<string>): string;
}

/** Columns of a CSV staged as VARCHAR columns named after the header. */
export function csvFields(columns: readonly string[]): FieldSource {
  const byLower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const find = (name: string) => byLower.get(name.toLowerCase());
  return {
    kind: 'csv',
    names: columns,
    find,
    text(name) {
      const real = find(name);
      return real === undefined ? 'NULL::VARCHAR' : `r.${sqlIdent(real)}`;
    },
    json: () => 'NULL::JSON',
    rest(used) {
      const left = columns.filter((c) => !used.has(c));
      if (left.length === 0) return 'NULL::JSON';
      return `json_object(${left.map((c) => `${sqlString(c)}, r.${sqlIdent(c)}`).join(', ')})`;
    },
  };
}

/**
 * Fields of JSON records staged as one VARCHAR column `r.j`. Every path asked for through
 * {@link FieldSource.text} is extracted by one `json_extract_string(j, [paths])` call — one
 * parse per record — into the list `r.v`; see {@link JsonFields.paths}.
 */
export interface JsonFields extends FieldSource {
  /** JSON paths to extract into `r.v`, in order. */
  readonly paths: readonly string[];
}

export function jsonFields(sampledKeys: readonly string[]): JsonFields {
  const paths: string[] = [];
  const keys = new Set(sampledKeys);
  return {
    kind: 'json',
    names: sampledKeys,
    paths,
    find: (name) => (keys.has(name) ? name : undefined),
    text(name) {
      const path = jsonPath(name);
      let index = paths.indexOf(path);
      if (index < 0) index = paths.push(path) - 1;
      return `r.v[${index + 1}]`;
    },
    json: (name) => `CASE WHEN r.v IS NOT NULL THEN json_extract(r.j, ${sqlString(jsonPath(name))}) END`,
    rest(used) {
      const topLevel = [...used].filter((name) => !name.includes('.'));
      // Only records that parsed (r.v is set) reach JSON functions, which throw on bad JSON.
      if (topLevel.length === 0) return 'CASE WHEN r.v IS NOT NULL THEN r.j::JSON END';
      const patch = JSON.stringify(Object.fromEntries(topLevel.map((name) => [name, null])));
      return `CASE WHEN r.v IS NOT NULL THEN nullif(json_merge_patch(r.j, ${sqlString(patch)}), '{}') END`;
    },
  };
}
