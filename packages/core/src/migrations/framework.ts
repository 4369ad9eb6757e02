/** A plain parsed document, before it is known to be valid. */
export type RawDocument = Record<string, unknown>;

/**
 * One numbered upgrade of a stored document: `up` turns a document of version `from` into
 * one of version `from + 1`. Steps are pure and never edited once released; each has a
 * test on a frozen document of its `from` version.
 */
export interface MigrationStep {
  readonly from: number;
  readonly description: string;
  readonly up: (doc: RawDocument) => RawDocument;
}

export type MigrationResult =
  | { ok: true; document: RawDocument; from: number; applied: number[] }
  | { ok: false; issues: { path: string; code: string; message: string }[] };

/** The version a document declares; documents from before the field existed are version 0. */
export function documentVersion(doc: RawDocument): number | undefined {
  const v = doc.schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/**
 * Upgrades `input` step by step to `target`. Refuses documents newer than `target` (an
 * older OpenCJM must not silently drop fields it does not know) and non-objects.
 */
export function migrate(input: unknown, steps: readonly MigrationStep[], target: number): MigrationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('', 'not-an-object', 'the document must be a mapping (YAML) or an object (JSON)');
  }
  let doc = input as RawDocument;
  const from = documentVersion(doc);
  if (from === undefined) {
    return fail(
      'schemaVersion',
      'bad-version',
      `schemaVersion must be a whole number (got ${JSON.stringify(doc.schemaVersion)})`,
    );
  }
  if (from > target) {
    return fail(
      'schemaVersion',
      'newer-version',
      `schemaVersion ${from} is newer than this OpenCJM supports (${target}); upgrade OpenCJM`,
    );
  }
  const applied: number[] = [];
  for (let version = from; version < target; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return fail('schemaVersion', 'no-migration', `no migration from schemaVersion ${version}`);
    doc = { ...step.up(doc), schemaVersion: version + 1 };
    applied.push(version);
  }
  return { ok: true, document: doc, from, applied };
}

function fail(path: string, code: string, message: string): MigrationResult {
  return { ok: false, issues: [{ path, code, message }] };
}
