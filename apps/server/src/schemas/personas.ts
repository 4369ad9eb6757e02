import { Id, Persona } from '@opencjm/core';
import { z } from 'zod';
import { DocumentInput, UpdatedAt, Version } from './common.ts';
import { conflictBody } from './errors.ts';

/** A persona document from a client; `id` and `schemaVersion` may be left out on create. */
export const PersonaDocumentInput = DocumentInput.describe(
  'A persona document (schema Persona); on create `id` and `schemaVersion` may be left out',
);

/** A stored persona with its version. */
export const VersionedPersona = z.object({ persona: Persona, version: Version });
export type VersionedPersona = z.infer<typeof VersionedPersona>;

/** 409 of a persona write. */
export const PersonaConflict = conflictBody(VersionedPersona);

/** One row of `GET /api/personas`. */
export const PersonaSummary = z.object({
  id: Id,
  name: z.string(),
  photo: z.string().optional(),
  avatarSeed: z.string().optional(),
  version: Version,
  updatedAt: UpdatedAt,
});
export type PersonaSummary = z.infer<typeof PersonaSummary>;

/** `GET /api/personas`. */
export const PersonaList = z.object({ items: z.array(PersonaSummary) });

/** `POST /api/personas`. */
export const CreatePersonaBody = z.object({ persona: PersonaDocumentInput });

/** `PUT /api/personas/:id`. */
export const PutPersonaBody = z.object({ persona: PersonaDocumentInput, version: Version });
