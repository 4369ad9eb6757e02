import { PERSONA_SCHEMA_VERSION, Persona, zodIssues } from '@opencjm/core';
import { invalid } from '../http/api-error.ts';
import type { VersionedPersona } from '../schemas/personas.ts';
import type { StoredDocument } from '../store/document-table.ts';

/**
 * A persona document from a client, validated. On create the server fills a missing
 * `schemaVersion` (current) and `id` (`newId`). Throws 400 `invalid-persona` with every
 * issue, paths inside the document (`demographics.age`).
 */
export function requireValidPersona(input: Record<string, unknown>, newId?: () => string): Persona {
  const filled =
    newId === undefined
      ? input
      : { schemaVersion: PERSONA_SCHEMA_VERSION, ...input, id: input.id ?? newId() };
  const result = Persona.safeParse(filled);
  if (result.success) return result.data;
  throw invalid('invalid-persona', zodIssues(result.error, filled));
}

/** A persona as the client sent it for `id`: valid, and with that id (else 400 `id-mismatch`). */
export function requirePersonaWithId(input: Record<string, unknown>, id: string): Persona {
  const persona = requireValidPersona(input);
  if (persona.id !== id)
    throw invalid('invalid-persona', [
      { path: 'id', code: 'id-mismatch', message: `the document id "${persona.id}" is not "${id}"` },
    ]);
  return persona;
}

/** A stored persona with its version; one that no longer parses is a server fault. */
export function storedPersona(stored: StoredDocument): VersionedPersona {
  const result = Persona.safeParse(stored.doc);
  if (!result.success) throw new Error(`stored persona ${stored.id} does not parse: ${result.error.message}`);
  return { persona: result.data, version: stored.version };
}
