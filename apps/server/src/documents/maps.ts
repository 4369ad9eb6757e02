import { type JourneyMap, loadMapDocument } from '@opencjm/core';
import { invalid, notFound } from '../http/api-error.ts';
import type { VersionedMap } from '../schemas/maps.ts';
import type { DocumentTable, StoredDocument } from '../store/document-table.ts';

/**
 * A map document from a client, migrated when older and validated (shape and integrity).
 * Throws 400 `invalid-map` with every issue; paths are inside the document
 * (`cards[3].stage`), prefixed with `prefix` when the request holds several maps.
 */
export function requireValidMap(input: unknown, prefix = ''): JourneyMap {
  const result = loadMapDocument(input);
  if (result.ok) return result.map;
  throw invalid(
    'invalid-map',
    result.issues.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })),
  );
}

/** A map as the client sent it for `id`: valid, and with that id (else 400 `id-mismatch` on `id`). */
export function requireMapWithId(input: unknown, id: string): JourneyMap {
  const map = requireValidMap(input);
  if (map.id !== id)
    throw invalid('invalid-map', [
      { path: 'id', code: 'id-mismatch', message: `the document id "${map.id}" is not "${id}"` },
    ]);
  return map;
}

/**
 * A stored map with its version. Stored maps were valid when written; an older
 * schemaVersion is migrated on the way out. A stored map that no longer loads is a
 * server fault, not the client's.
 */
export function storedMap(stored: StoredDocument): VersionedMap {
  const result = loadMapDocument(stored.doc);
  if (!result.ok) throw new Error(`stored map ${stored.id} does not load: ${result.issues[0]?.message}`);
  return { map: result.map, version: stored.version };
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * The stored map `id` for a query that may name one: undefined when no id is given, 404
 * `not-found` when the id names no map.
 */
export async function optionalStoredMap(
  maps: Pick<DocumentTable, 'get'>,
  id: string | undefined,
): Promise<JourneyMap | undefined> {
  if (id === undefined) return undefined;
  const stored = await maps.get(id);
  if (stored === undefined) throw notFound();
  return storedMap(stored).map;
}

/** The stored map `id`, validated; 404 when there is none. */
export async function requireStoredMap(maps: Pick<DocumentTable, 'get'>, id: string): Promise<JourneyMap> {
  const stored = await maps.get(id);
  if (stored === undefined) throw notFound();
  return storedMap(stored).map;
}
