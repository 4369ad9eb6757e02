import type { Card } from '../schema/index.ts';
import { movedIds } from './lcs.ts';

/** Where a moved thing was and is: an index, or a `{ lane, stage }` cell for cards. */
export interface Move {
  before: unknown;
  after: unknown;
}

/** The cell of a card. */
export interface Cell {
  lane: string;
  stage: string;
}

/** Items whose relative order changed, with their index before and after. */
export function orderMoves(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
): Map<string, Move> {
  const from = before.map((item) => item.id);
  const to = after.map((item) => item.id);
  const moves = new Map<string, Move>();
  for (const id of movedIds(from, to)) moves.set(id, { before: from.indexOf(id), after: to.indexOf(id) });
  return moves;
}

/**
 * Cards moved to another cell (before/after `{ lane, stage }`) and cards reordered inside
 * the same cell relative to the other cards kept there (before/after the index in the cell).
 */
export function cardMoves(before: readonly Card[], after: readonly Card[]): Map<string, Move> {
  const old = new Map(before.map((card) => [card.id, card] as const));
  const moves = new Map<string, Move>();
  for (const card of after) {
    const previous = old.get(card.id);
    if (previous && cellKey(previous) !== cellKey(card) && !moves.has(card.id)) {
      moves.set(card.id, { before: cellOf(previous), after: cellOf(card) });
    }
  }
  const oldCells = groupByCell(before);
  for (const [cell, cards] of groupByCell(after)) {
    const from = oldCells.get(cell) ?? [];
    const to = cards;
    for (const id of movedIds(from, to)) {
      if (!moves.has(id)) moves.set(id, { before: from.indexOf(id), after: to.indexOf(id) });
    }
  }
  return moves;
}

function cellOf(card: Card): Cell {
  return { lane: card.lane, stage: card.stage };
}

function cellKey(card: Card): string {
  return JSON.stringify([card.lane, card.stage]);
}

/** Card ids per cell, in order. */
function groupByCell(cards: readonly Card[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const card of cards) {
    const key = cellKey(card);
    const ids = cells.get(key) ?? [];
    ids.push(card.id);
    cells.set(key, ids);
  }
  return cells;
}
