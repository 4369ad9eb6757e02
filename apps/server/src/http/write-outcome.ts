import type { InsertOutcome, StoredDocument, WriteOutcome, Written } from '../store/document-table.ts';
import { conflict, notFound } from './api-error.ts';

/**
 * The write if it went through; otherwise throws 404, or 409 `version-conflict` carrying
 * the stored document as `present` shows it (`{ map, version }`, `{ persona, version }`).
 */
export function requireWritten(outcome: WriteOutcome, present: (stored: StoredDocument) => unknown): Written {
  if (outcome.ok) return outcome;
  if (outcome.reason === 'not-found') throw notFound();
  throw conflict('version-conflict', present(outcome.current));
}

/** The insert if it went through; otherwise throws 409 `id-taken`. */
export function requireInserted(outcome: InsertOutcome): Written {
  if (outcome.ok) return outcome;
  throw conflict('id-taken');
}
