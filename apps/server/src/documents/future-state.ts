import type { JourneyMap, Language } from '@opencjm/core';

/** What the title of a future-state copy ends with, in the map's language. */
const FUTURE_SUFFIX: Readonly<Record<Language, string>> = {
  ru: ' — будущее состояние',
  en: ' — future state',
  zh: '（未来状态）',
};

/**
 * The future-state copy of a map: the same content under a new id, `type: future`,
 * `basedOn` the original, and the title suffixed in the map's language. Ids of stages,
 * cards and the rest are kept, so `diffMaps(current, future)` shows the planned changes.
 */
export function futureStateCopy(map: JourneyMap, id: string): JourneyMap {
  return {
    ...structuredClone(map),
    id,
    type: 'future',
    basedOn: map.id,
    title: `${map.title}${FUTURE_SUFFIX[map.language]}`,
  };
}
