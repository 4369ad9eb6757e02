import { JourneyMap, Language, MapChange, MapType, Persona, TemplateSummary } from '@opencjm/core';
import { z } from 'zod';

/** A document version as the server counts them: 1 for a new document, +1 per save. */
export const Version = z.number().int().nonnegative();

/** A map with its version, as GET/PUT/POST answer. */
export const MapEnvelope = z.object({ map: JourneyMap, version: Version });
export type MapEnvelope = z.infer<typeof MapEnvelope>;

/**
 * The answer of a save when only its new version is needed: the echoed map is not checked
 * again, which keeps a save of a large map off the main thread's budget.
 */
export const SavedVersion = z.object({ version: Version });
export type SavedVersion = z.infer<typeof SavedVersion>;

/** One row of `GET /api/maps`. */
export const MapListItem = z.object({
  id: z.string(),
  title: z.string(),
  type: MapType,
  language: Language,
  version: Version,
  updatedAt: z.string().optional(),
  basedOn: z.string().optional(),
});
export type MapListItem = z.infer<typeof MapListItem>;

export const MapList = z.object({ items: z.array(MapListItem) });

export const TemplateList = z.object({ items: z.array(TemplateSummary) });

/** A persona with its version. */
export const PersonaEnvelope = z.object({ persona: Persona, version: Version });
export type PersonaEnvelope = z.infer<typeof PersonaEnvelope>;

/** One row of `GET /api/personas`: at least an id and a name; photo and seed when sent. */
export const PersonaListItem = z.looseObject({
  id: z.string(),
  name: z.string(),
  photo: z.string().optional(),
  avatarSeed: z.string().optional(),
  version: Version.optional(),
});
export type PersonaListItem = z.infer<typeof PersonaListItem>;

export const PersonaList = z.object({ items: z.array(PersonaListItem) });

/** The body of a 409 on a map: the server's current document. */
export const MapConflictBody = z.object({ current: MapEnvelope });

/** The body of a 409 on a persona. */
export const PersonaConflictBody = z.object({ current: PersonaEnvelope });

export const DiffResponse = z.object({ changes: z.array(MapChange) });

/** An answer whose content is not needed (DELETE). */
export const Ignored = z.unknown();
