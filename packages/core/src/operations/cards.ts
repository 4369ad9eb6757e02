import type { Card, JourneyMap } from '../schema/index.ts';
import { removeCards } from './cascade.ts';
import { nextId } from './ids.ts';
import { insertAt, patch, removeAt, replaceAt } from './immutable.ts';
import {
  idsOf,
  requireIndex,
  requireIndexInRange,
  requireNewId,
  requirePersona,
  requireRef,
} from './lookup.ts';
import type { AddCardOp, EditCardOp, MoveCardOp, RemoveCardOp } from './schema.ts';

/**
 * A copy of `cards` with `card` placed in its cell (lane × stage) at position `index` among
 * the cell's cards (default: last). Cards of other cells keep their order.
 */
function placeInCell(op: string, cards: readonly Card[], card: Card, index: number | undefined): Card[] {
  const cell: number[] = [];
  cards.forEach((other, i) => {
    if (other.lane === card.lane && other.stage === card.stage) cell.push(i);
  });
  const at = index ?? cell.length;
  requireIndexInRange(op, at, cell.length);
  const before = cell[at];
  const last = cell[cell.length - 1];
  const position = before ?? (last === undefined ? cards.length : last + 1);
  return insertAt(cards, position, card);
}

/** Adds a card to a cell; without `id` the id is the next `c<n>`. */
export function addCard(map: JourneyMap, op: AddCardOp): JourneyMap {
  const ids = idsOf(map.cards);
  if (op.id !== undefined) requireNewId(op.op, 'card', ids, op.id);
  requireRef(op.op, 'lane', map.lanes, op.lane);
  requireRef(op.op, 'stage', map.stages, op.stage);
  requirePersona(op.op, map, op.persona);
  requireRef(op.op, 'touchpoint', map.touchpoints, op.touchpoint);
  const card: Card = {
    id: op.id ?? nextId('c', ids),
    lane: op.lane,
    stage: op.stage,
    text: op.text,
    evidence: op.evidence ?? 'hypothesis',
    sources: op.sources ?? [],
  };
  if (op.persona !== undefined) card.persona = op.persona;
  if (op.touchpoint !== undefined) card.touchpoint = op.touchpoint;
  return { ...map, cards: placeInCell(op.op, map.cards, card, op.index) };
}

/** Changes a card's text, evidence, sources, persona or touchpoint. */
export function editCard(map: JourneyMap, op: EditCardOp): JourneyMap {
  const index = requireIndex(op.op, 'card', map.cards, op.id);
  requirePersona(op.op, map, op.persona);
  requireRef(op.op, 'touchpoint', map.touchpoints, op.touchpoint);
  const { op: _name, id: _id, ...changes } = op;
  return { ...map, cards: replaceAt(map.cards, index, (card) => patch(card, changes)) };
}

/** Moves a card to a cell (possibly its own), at position `index` within that cell (default: last). */
export function moveCard(map: JourneyMap, op: MoveCardOp): JourneyMap {
  const from = requireIndex(op.op, 'card', map.cards, op.id);
  requireRef(op.op, 'lane', map.lanes, op.lane);
  requireRef(op.op, 'stage', map.stages, op.stage);
  const card = { ...(map.cards[from] as Card), lane: op.lane, stage: op.stage };
  return { ...map, cards: placeInCell(op.op, removeAt(map.cards, from), card, op.index) };
}

/** Removes a card; opportunities no longer list it among their pains. */
export function removeCard(map: JourneyMap, op: RemoveCardOp): JourneyMap {
  requireIndex(op.op, 'card', map.cards, op.id);
  return removeCards(map, (card) => card.id === op.id);
}
