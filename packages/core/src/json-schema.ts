import { z } from 'zod';
import { JourneyMap, Persona } from './schema/index.ts';

/** Where the shipped schemas are published, used as their `$id`. */
const BASE = 'https://opencjm.org/schema';

/**
 * The JSON Schema of map files, generated from the zod schema (the one source of types).
 * It describes what a file may contain (defaults are optional), so editors can validate
 * and complete hand-written maps.
 */
export function mapJsonSchema(): Record<string, unknown> {
  return {
    $id: `${BASE}/map.schema.json`,
    title: 'OpenCJM journey map',
    ...z.toJSONSchema(JourneyMap, { io: 'input', target: 'draft-2020-12' }),
  };
}

/** The JSON Schema of persona files. */
export function personaJsonSchema(): Record<string, unknown> {
  return {
    $id: `${BASE}/persona.schema.json`,
    title: 'OpenCJM persona',
    ...z.toJSONSchema(Persona, { io: 'input', target: 'draft-2020-12' }),
  };
}
