import { z } from 'zod';

/** One problem of a document: where it is (`cards[3].stage`) and what is wrong with it. */
export const ValidationIssue = z.object({
  path: z.string().describe('Dotted path with array indexes, e.g. cards[3].stage; empty for the document'),
  code: z.string().describe('Stable code the UI translates, e.g. unknown-reference'),
  message: z.string().describe('Readable English message naming the value'),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

/** Formats a path of keys and indexes the way users read it: `cards[3].stage`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `path: message`, or the message alone for the whole document. */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Short JSON rendering of a value for messages; long values are cut. */
export function showValue(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
