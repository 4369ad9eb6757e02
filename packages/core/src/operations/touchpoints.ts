import type { JourneyMap, Touchpoint } from '../schema/index.ts';
import { unsetTouchpointRefs } from './cascade.ts';
import { slugId } from './ids.ts';
import { patch, replaceAt } from './immutable.ts';
import { idsOf, requireIndex, requireNewId, requireRef } from './lookup.ts';
import type {
  AddTouchpointOp,
  LinkCardTouchpointOp,
  LinkTouchpointOp,
  RemoveTouchpointOp,
  UpdateTouchpointOp,
} from './schema.ts';

/** Adds a touchpoint; without `id` the id is `tp-` and a slug of the name (`tp-sayt`, `tp-2` …). */
export function addTouchpoint(map: JourneyMap, op: AddTouchpointOp): JourneyMap {
  const ids = idsOf(map.touchpoints);
  if (op.id !== undefined) requireNewId(op.op, 'touchpoint', ids, op.id);
  requireRef(op.op, 'stage', map.stages, op.stage);
  const touchpoint: Touchpoint = {
    id: op.id ?? slugId(`tp-${op.name}`, ids, 'tp'),
    name: op.name,
    channel: op.channel,
    kind: op.kind,
    source: op.source ?? 'quantitative',
  };
  if (op.stage !== undefined) touchpoint.stage = op.stage;
  if (op.match !== undefined) touchpoint.match = op.match;
  return { ...map, touchpoints: [...map.touchpoints, touchpoint] };
}

/** Changes a touchpoint's fields. */
export function updateTouchpoint(map: JourneyMap, op: UpdateTouchpointOp): JourneyMap {
  const index = requireIndex(op.op, 'touchpoint', map.touchpoints, op.id);
  requireRef(op.op, 'stage', map.stages, op.stage);
  const { op: _name, id: _id, ...changes } = op;
  return { ...map, touchpoints: replaceAt(map.touchpoints, index, (tp) => patch(tp, changes)) };
}

/** Removes a touchpoint; cards and KPIs that referred to it lose their touchpoint. */
export function removeTouchpoint(map: JourneyMap, op: RemoveTouchpointOp): JourneyMap {
  requireIndex(op.op, 'touchpoint', map.touchpoints, op.id);
  return unsetTouchpointRefs({ ...map, touchpoints: map.touchpoints.filter((tp) => tp.id !== op.id) }, op.id);
}

/** Binds a touchpoint to a stage, or unbinds it with `stage: null`. */
export function linkTouchpoint(map: JourneyMap, op: LinkTouchpointOp): JourneyMap {
  const index = requireIndex(op.op, 'touchpoint', map.touchpoints, op.touchpoint);
  requireRef(op.op, 'stage', map.stages, op.stage);
  return { ...map, touchpoints: replaceAt(map.touchpoints, index, (tp) => patch(tp, { stage: op.stage })) };
}

/** Says which touchpoint a card is about, or none with `touchpoint: null`. */
export function linkCardTouchpoint(map: JourneyMap, op: LinkCardTouchpointOp): JourneyMap {
  const index = requireIndex(op.op, 'card', map.cards, op.card);
  requireRef(op.op, 'touchpoint', map.touchpoints, op.touchpoint);
  return { ...map, cards: replaceAt(map.cards, index, (card) => patch(card, { touchpoint: op.touchpoint })) };
}
