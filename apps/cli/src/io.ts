import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { formatIssue, type JourneyMap, loadMapDocument } from '@opencjm/core';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { parseDocument, stringify } from 'yaml';
import { CliError } from './cli-io.ts';

/** File formats a map document may be stored in, chosen by the file's extension. */
export type DocumentFormat = 'yaml' | 'json';

export function documentFormat(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new CliError((t) => t.files.unknownExtension(path, ext));
}

/**
 * Reads and parses a YAML or JSON file (`path` as the user wrote it, relative to `cwd`).
 * A syntax error names the file, line and column.
 */
export function readDocument(path: string, cwd = process.cwd()): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError((t) => t.files.cannotRead(path, code));
  }
  return documentFormat(path) === 'json' ? parseJson(path, text) : parseYaml(path, text);
}

function parseYaml(path: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    const why = error.message.split('\n')[0] ?? '';
    throw new CliError((t) => t.files.notYaml(`${path}:${line}:${col}`, why));
  }
  return doc.toJS();
}

function parseJson(path: string, text: string): unknown {
  // jsonc-parser reports the offset of the first error; JSON.parse on Node 20 does not.
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  const [first] = errors;
  if (first) {
    const before = text.slice(0, first.offset).split('\n');
    const col = (before.at(-1)?.length ?? 0) + 1;
    const why = printParseErrorCode(first.error);
    throw new CliError((t) => t.files.notJson(`${path}:${before.length}:${col}`, why));
  }
  return value;
}

/** Reads a map file, migrating an older document in memory, and validates it. */
export function readMapFile(path: string, cwd = process.cwd()): JourneyMap {
  const result = loadMapDocument(readDocument(path, cwd));
  if (!result.ok) {
    const issues = result.issues.map((i) => `  ${formatIssue(i)}`).join('\n');
    throw new CliError((t) => `${t.files.notMap(path)}\n${issues}`);
  }
  return result.map;
}

/** Serialises a document as YAML or JSON by the file's extension. */
export function serializeDocument(path: string, doc: unknown): string {
  return documentFormat(path) === 'json'
    ? `${JSON.stringify(doc, null, 2)}\n`
    : stringify(doc, { lineWidth: 0 });
}

/** Writes a document as YAML or JSON by the file's extension. */
export function writeDocument(path: string, doc: unknown, cwd = process.cwd()): void {
  writeFileSync(resolve(cwd, path), serializeDocument(path, doc));
}

/** Resolves a user-given path against the command's working directory. */
export function userPath(cwd: string, path: string): string {
  return resolve(cwd, path);
}
