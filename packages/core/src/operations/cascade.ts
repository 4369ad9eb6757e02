import type { Card, JourneyMap } from '../schema/index.ts';

/*
 * Keeping references resolvable when items go away. Each helper returns a new map and
 * shares every item it does not change.
 */

/** Drops `key` from the items whose `key` equals `id`; the others are shared. */
function unsetWhere<T extends object, K extends keyof T>(items: readonly T[], key: K, id: string): T[] {
  return items.map((item) => {
    if (item[key] !== id) return item;
    const { [key]: _removed, ...rest } = item;
    return rest as T;
  });
}

/** The map without the cards `remove` selects; opportunities no longer list them among their pains. */
export function removeCards(map: JourneyMap, remove: (card: Card) => boolean): JourneyMap {
  const removed = new Set(map.cards.filter(remove).map((card) => card.id));
  if (removed.size === 0) return { ...map };
  return {
    ...map,
    cards: map.cards.filter((card) => !removed.has(card.id)),
    opportunities: map.opportunities.map((opportunity) =>
      opportunity.pains.some((id) => removed.has(id))
        ? { ...opportunity, pains: opportunity.pains.filter((id) => !removed.has(id)) }
        : opportunity,
    ),
  };
}

/** The map with `stage` unset wherever touchpoints, opportunities and KPIs pointed to stage `id`. */
export function unsetStageRefs(map: JourneyMap, id: string): JourneyMap {
  return {
    ...map,
    touchpoints: unsetWhere(map.touchpoints, 'stage', id),
    opportunities: unsetWhere(map.opportunities, 'stage', id),
    kpis: unsetWhere(map.kpis, 'stage', id),
  };
}

/** The map with `touchpoint` unset wherever cards and KPIs pointed to touchpoint `id`. */
export function unsetTouchpointRefs(map: JourneyMap, id: string): JourneyMap {
  return {
    ...map,
    cards: unsetWhere(map.cards, 'touchpoint', id),
    kpis: unsetWhere(map.kpis, 'touchpoint', id),
  };
}

/** The map with `persona` unset on cards about persona `id`. */
export function unsetPersonaRefs(map: JourneyMap, id: string): JourneyMap {
  return { ...map, cards: unsetWhere(map.cards, 'persona', id) };
}
