import { z } from 'zod';

/** A stable identifier: survives renames, so diffs and links keep working. */
export const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^\s]+$/, 'must not contain whitespace')
  .describe('Stable identifier, unique within its collection; never shown to users');
export type Id = z.infer<typeof Id>;

/** The three first-class languages of OpenCJM. */
export const Language = z.enum(['ru', 'en', 'zh']);
export type Language = z.infer<typeof Language>;
export const LANGUAGES = Language.options;

/** A text given in every first-class language (templates, catalogues). */
export const Localized = z.object({ ru: z.string().min(1), en: z.string().min(1), zh: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/** How a card's content is known: from data, from what people said, or assumed. */
export const Evidence = z
  .enum(['observed', 'reported', 'hypothesis'])
  .describe('observed: measured in data; reported: survey or interview; hypothesis: not yet checked');
export type Evidence = z.infer<typeof Evidence>;

/** Whether a data source counts things or describes them. */
export const SourceKind = z.enum(['quantitative', 'qualitative']);
export type SourceKind = z.infer<typeof SourceKind>;

/** A reference backing a card: a report, a survey, a dashboard, an interview. */
export const Source = z.object({
  title: z.string().min(1),
  url: z.string().optional(),
  kind: SourceKind.optional(),
  date: z.string().optional().describe('When the source was collected, ISO 8601'),
});
export type Source = z.infer<typeof Source>;
