/**
 * Copy-on-write helpers. They never change their arguments; untouched items are shared
 * between the old and the new array.
 */

/** A copy of `items` with `item` inserted before position `index` (`index === length` appends). */
export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

/** A copy of `items` with the item at `from` moved so that it ends up at position `to`. */
export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  const item = items[from] as T;
  const rest = [...items.slice(0, from), ...items.slice(from + 1)];
  return insertAt(rest, to, item);
}

/** A copy of `items` with the item at `index` replaced by `update(item)`. */
export function replaceAt<T>(items: readonly T[], index: number, update: (item: T) => T): T[] {
  return items.map((item, i) => (i === index ? update(item) : item));
}

/** A copy of `items` without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

/**
 * Changes to an object: an absent or `undefined` value keeps the field, `null` removes it,
 * anything else replaces it.
 */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

/** A copy of `item` with `changes` applied (see {@link Patch}). */
export function patch<T extends object>(item: T, changes: Patch<T>): T {
  const result = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result as T;
}
