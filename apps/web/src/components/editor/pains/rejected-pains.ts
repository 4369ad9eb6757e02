import { useCallback, useState } from 'react';

/** The localStorage key of the findings rejected on one map. */
export function rejectedKey(mapId: string): string {
  return `opencjm.pains.rejected.${mapId}`;
}

/** The rejected finding keys stored for a map; nothing when absent, unreadable or not a list. */
export function readRejected(storage: Pick<Storage, 'getItem'>, mapId: string): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(rejectedKey(mapId)) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Stores the rejected finding keys of a map (removes the entry when there are none). */
export function writeRejected(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  mapId: string,
  keys: readonly string[],
): void {
  try {
    if (keys.length === 0) storage.removeItem(rejectedKey(mapId));
    else storage.setItem(rejectedKey(mapId), JSON.stringify(keys));
  } catch {
    // Storage full or disabled: the choice then lasts for this page only.
  }
}

/** The findings rejected on a map (by {@link findingKey}), remembered in this browser. */
export function useRejectedPains(mapId: string): {
  rejected: ReadonlySet<string>;
  setRejected: (key: string, rejected: boolean) => void;
} {
  const [state, setState] = useState(() => ({ mapId, keys: readRejected(localStorage, mapId) }));
  const keys = state.mapId === mapId ? state.keys : readRejected(localStorage, mapId);
  const setRejected = useCallback(
    (key: string, on: boolean) => {
      const current = readRejected(localStorage, mapId);
      const next = on ? [...new Set([...current, key])] : current.filter((k) => k !== key);
      writeRejected(localStorage, mapId, next);
      setState({ mapId, keys: next });
    },
    [mapId],
  );
  return { rejected: new Set(keys), setRejected };
}
