import type { JourneyMap, MapChange } from '@opencjm/core';
import { cellKey } from '../../store/cell-index.ts';

/** What to outline on one side of a comparison. */
export interface Highlight {
  stages: ReadonlySet<string>;
  lanes: ReadonlySet<string>;
  cards: ReadonlySet<string>;
  /** Cells (see `cellKey`) whose content changed. */
  cells: ReadonlySet<string>;
  /** Stages whose emotion changed. */
  emotions: ReadonlySet<string>;
}

/**
 * The things to outline on the `before` or `after` map of a diff: on the before side what
 * was removed, changed or moved away; on the after side what was added, changed or moved in.
 */
export function highlightOf(
  map: JourneyMap,
  changes: readonly MapChange[],
  side: 'before' | 'after',
): Highlight {
  const stages = new Set<string>();
  const lanes = new Set<string>();
  const cards = new Set<string>();
  const cells = new Set<string>();
  const emotions = new Set<string>();
  const shownKind = side === 'before' ? 'removed' : 'added';
  const cardsById = new Map(map.cards.map((card) => [card.id, card]));
  for (const change of changes) {
    if (change.kind !== 'changed' && change.kind !== 'moved' && change.kind !== shownKind) continue;
    if (change.entity === 'stage') stages.add(change.id);
    else if (change.entity === 'lane') lanes.add(change.id);
    else if (change.entity === 'emotion') emotions.add(change.id.split('/')[0] ?? change.id);
    else if (change.entity === 'card') {
      const card = cardsById.get(change.id);
      if (!card) continue;
      cards.add(card.id);
      cells.add(cellKey(card.lane, card.stage));
    }
  }
  return { stages, lanes, cards, cells, emotions };
}
