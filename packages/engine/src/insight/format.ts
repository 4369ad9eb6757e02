import { type Language, TOUCHPOINT_CATALOGUE } from '@opencjm/core';

const UNITS: Readonly<Record<Language, { s: string; min: string; h: string }>> = {
  en: { s: 's', min: 'min', h: 'h' },
  ru: { s: 'с', min: 'мин', h: 'ч' },
  zh: { s: '秒', min: '分钟', h: '小时' },
};

/** A number with at most one decimal (none from 10 up), with the language's decimal mark. */
export function numberText(x: number, language: Language): string {
  const text = String(Math.abs(x) >= 10 ? Math.round(x) : Math.round(x * 10) / 10);
  return language === 'ru' ? text.replace('.', ',') : text;
}

/** A share as a whole percentage: 0.666 → "67%". */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A span in seconds: seconds below 2 min, minutes below 2 h, then hours. */
export function spanText(seconds: number, language: Language): string {
  const u = UNITS[language];
  if (seconds < 120) return `${Math.round(seconds)} ${u.s}`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} ${u.min}`;
  return `${numberText(seconds / 3600, language)} ${u.h}`;
}

/** A channel's name: the touchpoint catalogue's in `language`, else the id with spaces. */
export function channelName(id: string, language: Language): string {
  return TOUCHPOINT_CATALOGUE.find((c) => c.id === id)?.name[language] ?? id.replace(/[-_]+/g, ' ');
}
