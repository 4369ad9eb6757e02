import { Language, TemplateSummary } from '@opencjm/core';
import { z } from 'zod';

/** `GET /api/templates?lang=ru|en|zh`. */
export const TemplatesQuery = z.object({
  lang: Language.default('en').describe('Language of the names: ru, en or zh'),
});

/** The templates with their stages, named in one language. */
export const TemplateList = z.object({ items: z.array(TemplateSummary) });
