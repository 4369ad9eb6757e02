import { z } from 'zod';

/** What happened to a thing between two versions of a map. */
export const ChangeKind = z
  .enum(['added', 'removed', 'changed', 'moved'])
  .describe('changed: one field differs; moved: the order or the cell changed');
export type ChangeKind = z.infer<typeof ChangeKind>;

/** The kind of thing a change is about. */
export const ChangeEntity = z.enum([
  'stage',
  'lane',
  'card',
  'emotion',
  'touchpoint',
  'opportunity',
  'kpi',
  'persona',
  'map',
]);
export type ChangeEntity = z.infer<typeof ChangeEntity>;

/** One change between two versions of a journey map. */
export const MapChange = z.object({
  kind: ChangeKind,
  entity: ChangeEntity,
  id: z
    .string()
    .describe('Id of the entity; `stage` or `stage/persona` for emotions; the map id for map fields'),
  path: z.string().describe('Where the change is, e.g. `stages[awareness].name`, `cards[c3]`, `title`'),
  before: z
    .unknown()
    .optional()
    .describe('Old value: a field, a whole entity, an index or a {lane, stage} cell'),
  after: z.unknown().optional().describe('New value, in the same shape as `before`'),
});
export type MapChange = z.infer<typeof MapChange>;

/** The semantic diff of two journey maps. */
export const MapDiff = z.object({ changes: z.array(MapChange) });
export type MapDiff = z.infer<typeof MapDiff>;
