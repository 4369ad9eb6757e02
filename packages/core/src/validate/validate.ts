import type { z } from 'zod';
import { migrateMapDocument } from '../migrations/index.ts';
import { JourneyMap } from '../schema/index.ts';
import { checkIntegrity } from './integrity.ts';
import { formatPath, showValue, type ValidationIssue } from './issue.ts';

export type ValidationResult = { ok: true; map: JourneyMap } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates an untrusted document (parsed YAML/JSON) as a journey map of the current
 * schema version: shape first, then integrity. Every problem is reported, not only the
 * first. Older documents must be migrated first (see {@link loadMapDocument}).
 */
export function validateMap(input: unknown): ValidationResult {
  const parsed = JourneyMap.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, input) };
  const issues = checkIntegrity(parsed.data);
  return issues.length === 0 ? { ok: true, map: parsed.data } : { ok: false, issues };
}

/**
 * Migrates an older document to the current version, then validates it. `migrated` lists
 * the steps applied (empty when the document was current).
 */
export function loadMapDocument(input: unknown): ValidationResult & { migrated: number[] } {
  const migration = migrateMapDocument(input);
  if (!migration.ok) return { ok: false, issues: migration.issues, migrated: [] };
  return { ...validateMap(migration.document), migrated: migration.applied };
}

/** Turns zod issues into ours, naming the value found at each path. */
export function zodIssues(error: z.ZodError, input: unknown): ValidationIssue[] {
  return error.issues.map((issue) => {
    const found = valueAt(input, issue.path);
    const shown = issue.code === 'invalid_type' && found === undefined ? '' : ` (got ${showValue(found)})`;
    return {
      path: formatPath(issue.path),
      code: `schema-${issue.code}`,
      message: `${issue.message}${shown}`,
    };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
