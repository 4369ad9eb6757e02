import type { JourneyMap } from '../schema/index.ts';
import { unsetPersonaRefs } from './cascade.ts';
import { requireNewId, requirePersona } from './lookup.ts';
import type { AddPersonaOp, RemovePersonaOp } from './schema.ts';

/** Adds a persona (the id of a persona document) to the map. */
export function addPersona(map: JourneyMap, op: AddPersonaOp): JourneyMap {
  requireNewId(op.op, 'persona', map.personas, op.id);
  return { ...map, personas: [...map.personas, op.id] };
}

/** Removes a persona with its emotions; cards about it no longer name it. */
export function removePersona(map: JourneyMap, op: RemovePersonaOp): JourneyMap {
  requirePersona(op.op, map, op.id);
  return unsetPersonaRefs(
    {
      ...map,
      personas: map.personas.filter((id) => id !== op.id),
      emotions: map.emotions.filter((emotion) => emotion.persona !== op.id),
    },
    op.id,
  );
}
