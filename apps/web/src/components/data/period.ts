import type { Period } from '../../api/analytics.ts';

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
