import type { Language } from '@opencjm/core';
import { t } from '../i18n.ts';
import type { DataPeriod, MapData } from '../options.ts';
import { formatDuration } from '../text/format.ts';

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' };
const DAY_MS = 86_400_000;

/** Whether an instant is a UTC midnight, i.e. names a whole day. */
function isMidnight(ms: number): boolean {
  return ms % DAY_MS === 0;
}

/**
 * The period in the language's own date words, by Intl (its `formatRange` shares what the
 * bounds share: "Jan 1 – 31, 2026", "1–31 янв. 2026 г."). `to` is excluded, so a period
 * ending at a midnight reads as through the day before; bounds with a time of day are
 * written with it, in UTC. No period: "all time".
 */
export function periodText(period: DataPeriod | undefined, lang: Language): string {
  const from = period?.from === undefined ? undefined : Date.parse(period.from);
  const end = period?.to === undefined ? undefined : Date.parse(period.to);
  if (from === undefined && end === undefined) return t(lang, 'value.allTime');
  const days = (from === undefined || isMidnight(from)) && (end === undefined || isMidnight(end));
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    ...(days ? {} : { timeStyle: 'short' }),
    timeZone: 'UTC',
  });
  const utc = days ? '' : ' UTC';
  // A day-long period ends at the next midnight: its last day is the one before `to`.
  const last = end === undefined ? undefined : days ? end - DAY_MS : end;
  if (from !== undefined && last !== undefined) return `${format.formatRange(from, last)}${utc}`;
  if (from !== undefined) return t(lang, 'period.from').replace('{date}', `${format.format(from)}${utc}`);
  const key = days ? 'period.through' : 'period.before';
  return t(lang, key).replace('{date}', `${format.format(last ?? 0)}${utc}`);
}

/**
 * The line that says what the figures of an export "with data" cover: their period (or all
 * time) and the conversion window, e.g. "Period: Jan 1 – 31, 2026 · Conversion window: 7 days".
 */
export function dataCaption(data: Pick<MapData, 'period' | 'windowSeconds'>, lang: Language): string {
  const colon = t(lang, 'punct.colon');
  const parts = [`${t(lang, 'heading.period')}${colon}${periodText(data.period, lang)}`];
  if (data.windowSeconds !== undefined) {
    parts.push(`${t(lang, 'heading.window')}${colon}${formatDuration(data.windowSeconds, lang)}`);
  }
  return parts.join(' · ');
}
