import type { Language } from '@opencjm/core';

/**
 * The one font of an Office file (workbook, slides): a face office machines have, since
 * the file is opened and edited elsewhere; Chinese needs a CJK face.
 */
export function officeFont(lang: Language): string {
  return lang === 'zh' ? 'Microsoft YaHei' : 'Arial';
}
