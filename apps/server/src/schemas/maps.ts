import { Id, JourneyMap, Language, MapType, Operation } from '@opencjm/core';
import { z } from 'zod';
import { DocumentInput, UpdatedAt, Version } from './common.ts';
import { conflictBody } from './errors.ts';

/** A map document from a client: validated, and migrated when older, by the server. */
export const MapDocumentInput = DocumentInput.describe(
  'A journey map document (schema JourneyMap); an older schemaVersion is migrated on the way in',
);

/** A stored map with its version. */
export const VersionedMap = z.object({ map: JourneyMap, version: Version });
export type VersionedMap = z.infer<typeof VersionedMap>;

/** 409 of a map write. */
export const MapConflict = conflictBody(VersionedMap);

/** One row of `GET /api/maps`. */
export const MapSummary = z.object({
  id: Id,
  title: z.string(),
  type: MapType,
  language: Language,
  basedOn: Id.optional().describe('The map this one was copied from (future state)'),
  version: Version,
  updatedAt: UpdatedAt,
});
export type MapSummary = z.infer<typeof MapSummary>;

/** `GET /api/maps`. */
export const MapList = z.object({ items: z.array(MapSummary) });

/** How to make a new map: from a whole document, or from a stage template. */
export type NewMap =
  | { readonly from: 'document'; readonly document: Record<string, unknown> }
  | {
      readonly from: 'template';
      readonly template: string;
      readonly language: Language;
      readonly title: string;
      readonly persona?: string;
      readonly type?: MapType;
      readonly process?: string;
    };

/** `POST /api/maps`: either `map`, or `template` with `language` and `title`. */
export const CreateMapBody = z
  .object({
    map: MapDocumentInput.optional(),
    template: z.string().min(1).optional().describe('Id of a stage template (GET /api/templates)'),
    language: Language.optional(),
    title: z.string().min(1).optional(),
    persona: Id.optional().describe('Id of the persona the map is about'),
    type: MapType.optional().describe('Default: current'),
    process: z.string().min(1).optional().describe('purchase | registration | support, or custom text'),
  })
  .describe('Either `map` (a whole document), or `template` + `language` + `title`')
  .transform((body, ctx): NewMap => {
    if (body.map !== undefined) return { from: 'document', document: body.map };
    const { template, language, title, persona, type, process } = body;
    if (template === undefined || language === undefined || title === undefined) {
      for (const key of ['template', 'language', 'title'] as const) {
        if (body[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required without map` });
      }
      return z.NEVER;
    }
    return { from: 'template', template, language, title, persona, type, process };
  });

/** `PUT /api/maps/:id`. */
export const PutMapBody = z.object({ map: MapDocumentInput, version: Version });

/** `POST /api/maps/:id/operations`: applied in order, all or nothing. */
export const OperationsBody = z.object({
  operations: z.array(Operation).min(1).describe('Core edit operations, applied in order, all or nothing'),
  version: Version,
});

/** `GET /api/maps/:id/diff/:otherId`. */
export const DiffParams = z.object({
  id: Id.describe('The map before'),
  otherId: Id.describe('The map after'),
});
