import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { openApiRegistry } from '../schemas/registry.ts';

type OverrideContext = Parameters<NonNullable<z.core.ToJSONSchemaParams['override']>>[0];

/**
 * Zod → JSON Schema adjustments. Component ids live in the server's own registry, so
 * descriptions (`.describe()`, kept in zod's global registry) are copied in here; a
 * bodiless answer (`z.undefined()`) is shown as `null`; empty union branches are dropped.
 */
function override({ zodSchema, jsonSchema }: OverrideContext): void {
  const { id: _id, ...meta } = z.globalRegistry.get(zodSchema) ?? {};
  Object.assign(jsonSchema, meta);
  if (zodSchema._zod.def.type === 'undefined') jsonSchema.type = 'null';
  if (jsonSchema.anyOf)
    jsonSchema.anyOf = jsonSchema.anyOf.filter((branch) => Object.keys(branch).length > 0);
}

const config = { schemaRegistry: openApiRegistry, zodToJsonConfig: { override } };

/** Turns each route's zod schemas into OpenAPI, referring to the registered components. */
export const openApiTransform = createJsonSchemaTransform(config);

/** Adds the registered components (JourneyMap, Persona …) to the document. */
export const openApiTransformObject = createJsonSchemaTransformObject(config);
