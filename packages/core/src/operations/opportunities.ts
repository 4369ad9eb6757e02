import type { JourneyMap, Opportunity } from '../schema/index.ts';
import { nextId } from './ids.ts';
import { patch, removeAt, replaceAt } from './immutable.ts';
import { idsOf, requireIndex, requireNewId, requireRef } from './lookup.ts';
import type { AddOpportunityOp, RemoveOpportunityOp, UpdateOpportunityOp } from './schema.ts';

/** Checks that every pain is a card of the map; returns them without repeats, in order. */
function checkPains(op: string, map: JourneyMap, pains: readonly string[]): string[] {
  for (const id of pains) requireRef(op, 'card', map.cards, id);
  return [...new Set(pains)];
}

/** Adds an opportunity; without `id` the id is the next `o<n>`. */
export function addOpportunity(map: JourneyMap, op: AddOpportunityOp): JourneyMap {
  const ids = idsOf(map.opportunities);
  if (op.id !== undefined) requireNewId(op.op, 'opportunity', ids, op.id);
  requireRef(op.op, 'stage', map.stages, op.stage);
  const { op: _name, id, pains, status, ...optional } = op;
  const opportunity = patch<Opportunity>(
    {
      id: id ?? nextId('o', ids),
      title: op.title,
      pains: checkPains(op.op, map, pains ?? []),
      status: status ?? 'idea',
    },
    optional,
  );
  return { ...map, opportunities: [...map.opportunities, opportunity] };
}

/** Changes an opportunity's fields; `pains` replaces the list. */
export function updateOpportunity(map: JourneyMap, op: UpdateOpportunityOp): JourneyMap {
  const index = requireIndex(op.op, 'opportunity', map.opportunities, op.id);
  requireRef(op.op, 'stage', map.stages, op.stage);
  const { op: _name, id: _id, pains, ...changes } = op;
  const checked = pains === undefined ? undefined : checkPains(op.op, map, pains);
  return {
    ...map,
    opportunities: replaceAt(map.opportunities, index, (opportunity) =>
      patch(opportunity, { ...changes, pains: checked }),
    ),
  };
}

/** Removes an opportunity. */
export function removeOpportunity(map: JourneyMap, op: RemoveOpportunityOp): JourneyMap {
  const index = requireIndex(op.op, 'opportunity', map.opportunities, op.id);
  return { ...map, opportunities: removeAt(map.opportunities, index) };
}
