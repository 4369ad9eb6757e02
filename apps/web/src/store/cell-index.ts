import type { Card } from '@opencjm/core';

/** The cards of every cell, keyed by {@link cellKey}, in display order. */
export type CellIndex = ReadonlyMap<string, readonly Card[]>;

/** The key of the cell lane × stage. */
export function cellKey(lane: string, stage: string): string {
  return `${lane}\u0000${stage}`;
}

function sameItems(a: readonly Card[], b: readonly Card[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i]);
}

/**
 * Groups cards by cell. A cell whose cards are the same objects in the same order as in
 * `previous` keeps its previous array, so a memoised cell component re-renders only when
 * its own cards changed (operations share untouched cards between map versions).
 */
export function buildCellIndex(cards: readonly Card[], previous?: CellIndex): CellIndex {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    const key = cellKey(card.lane, card.stage);
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  if (!previous) return groups;
  const index = new Map<string, readonly Card[]>();
  for (const [key, group] of groups) {
    const before = previous.get(key);
    index.set(key, before && sameItems(before, group) ? before : group);
  }
  return index;
}
