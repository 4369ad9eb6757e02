import { deepEqual } from './deep-equal.ts';
import type { ChangeEntity, MapChange } from './schema.ts';

/** How to diff one collection of a map. */
export interface CollectionSpec<T> {
  entity: ChangeEntity;
  /** The property of the map holding the collection, used in paths: `stages`. */
  collection: string;
  /** The identity of an item. */
  key: (item: T) => string;
  /** The fields compared one by one, in output order. */
  fields: readonly (keyof T & string)[];
  /** Further changes of an item present in both maps, e.g. a move. */
  extra?: (id: string, before: T, after: T) => MapChange[];
}

/**
 * Added, changed and removed items of a collection matched by key: items in the order of
 * `after`, then the removed ones in the order of `before`.
 */
export function diffCollection<T>(
  spec: CollectionSpec<T>,
  before: readonly T[],
  after: readonly T[],
): MapChange[] {
  const old = byKey(before, spec.key);
  const now = byKey(after, spec.key);
  const changes: MapChange[] = [];
  for (const [id, item] of now) {
    const path = `${spec.collection}[${id}]`;
    const previous = old.get(id);
    if (previous === undefined) {
      changes.push({ kind: 'added', entity: spec.entity, id, path, after: copy(item) });
      continue;
    }
    changes.push(...fieldChanges(spec.entity, id, `${path}.`, spec.fields, previous, item));
    if (spec.extra) changes.push(...spec.extra(id, previous, item));
  }
  for (const [id, item] of old) {
    if (now.has(id)) continue;
    const path = `${spec.collection}[${id}]`;
    changes.push({ kind: 'removed', entity: spec.entity, id, path, before: copy(item) });
  }
  return changes;
}

/** One `changed` entry per field whose value differs deeply; paths are `prefix + field`. */
export function fieldChanges<T>(
  entity: ChangeEntity,
  id: string,
  prefix: string,
  fields: readonly (keyof T & string)[],
  before: T,
  after: T,
): MapChange[] {
  return fields
    .filter((field) => !deepEqual(before[field], after[field]))
    .map((field) => ({
      kind: 'changed' as const,
      entity,
      id,
      path: `${prefix}${field}`,
      before: copy(before[field]),
      after: copy(after[field]),
    }));
}

/** The fields of a zod object shape, without the identity ones. */
export function fieldsOf<S extends object>(shape: S, ...omit: (keyof S & string)[]): (keyof S & string)[] {
  return (Object.keys(shape) as (keyof S & string)[]).filter((field) => !omit.includes(field));
}

/** A detached copy, so that later edits of the map do not rewrite a recorded diff. */
export function copy<V>(value: V): V {
  return value === undefined ? value : structuredClone(value);
}

/** Items by key, in order; the first of duplicate keys wins. */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const id = key(item);
    if (!map.has(id)) map.set(id, item);
  }
  return map;
}
