import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapJsonSchema, personaJsonSchema } from './json-schema.ts';

const shipped = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));

describe('shipped JSON Schemas', () => {
  it('equal the schemas generated from zod (run `npm run schema` after a schema change)', () => {
    expect(shipped('map.schema.json')).toEqual(mapJsonSchema());
    expect(shipped('persona.schema.json')).toEqual(personaJsonSchema());
  });

  it('describe the map file format', () => {
    const schema = mapJsonSchema() as { required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'title', 'language', 'stages']),
    );
    expect(schema.required).not.toContain('cards');
    expect(schema.properties.type?.enum).toEqual(['current', 'future', 'day-in-the-life']);
  });
});
