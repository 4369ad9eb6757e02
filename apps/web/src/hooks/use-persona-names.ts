import { useEffect, useState } from 'react';
import { listPersonas } from '../api/personas.ts';

let cache: Promise<ReadonlyMap<string, string>> | null = null;

/** Persona names by id, fetched once per page (maps refer to personas by id only). */
export function usePersonaNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    cache ??= listPersonas().then(
      (items) => new Map(items.map((item) => [item.id, item.name])),
      () => {
        cache = null;
        return new Map();
      },
    );
    let live = true;
    cache.then((loaded) => live && setNames(loaded));
    return () => {
      live = false;
    };
  }, []);
  return names;
}
