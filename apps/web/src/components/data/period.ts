import type { Language } from '@opencjm/core';
import type { Period } from '../../api/analytics.ts';
import type { TFunction } from '../../i18n/translate.ts';

/**
 * The period of the data views from two date fields: `from` is the first day shown and
 * `through` the last (both `YYYY-MM-DD`, either empty). The API's `to` excludes its
 * instant, so it is the day after `through`; a `through` before `from` gives no period end.
 */
export function periodFromDates(from: string, through: string): Period {
  const next = through === '' ? '' : dayAfter(through);
  const valid = from === '' || next === '' || from < next;
  return {
    ...(from !== '' ? { from } : {}),
    ...(next !== '' && valid ? { to: next } : {}),
  };
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A period in the language's own date words, by Intl (`formatRange` shares what the two
 * days share: "Jan 1 – 31, 2026"), its last day being the one before `to`; null for all
 * time. The bounds are whole days (`YYYY-MM-DD`), read in UTC as the server reads them.
 */
export function periodLabel(lang: Language, t: TFunction, period: Period): string | null {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const first = period.from === undefined ? undefined : new Date(`${period.from}T00:00:00Z`);
  const end = period.to === undefined ? undefined : new Date(`${period.to}T00:00:00Z`);
  const last = end === undefined ? undefined : new Date(end.getTime() - 86_400_000);
  if (first && last) return format.formatRange(first, last);
  if (first) return t('data.periodFrom', { date: format.format(first) });
  if (last) return t('data.periodThrough', { date: format.format(last) });
  return null;
}
