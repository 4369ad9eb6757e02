import type { Language, TemplateSummary } from '@opencjm/core';
import { request } from './http.ts';
import { TemplateList } from './schemas.ts';

/** The shipped stage templates, named in `lang`. */
export async function listTemplates(lang: Language): Promise<TemplateSummary[]> {
  return (await request(`/api/templates?lang=${lang}`, TemplateList)).items;
}
