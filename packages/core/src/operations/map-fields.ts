import type { JourneyMap } from '../schema/index.ts';
import { patch } from './immutable.ts';
import type { SetMapFieldOp } from './schema.ts';

/** Sets the map's title, description (`null` removes it), type, process or language. */
export function setMapField(map: JourneyMap, op: SetMapFieldOp): JourneyMap {
  switch (op.field) {
    case 'title':
      return { ...map, title: op.value };
    case 'description':
      return patch(map, { description: op.value });
    case 'type':
      return { ...map, type: op.value };
    case 'process':
      return { ...map, process: op.value };
    case 'language':
      return { ...map, language: op.value };
  }
}
