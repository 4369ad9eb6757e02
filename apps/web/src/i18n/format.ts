import type { Language } from '@opencjm/core';
import type { TFunction } from './translate.ts';

/** A share 0…1 as a percentage in the language's style, e.g. `12.5 %` or `12,5 %`. */
export function formatPercent(lang: Language, share: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A count in the language's style, e.g. `12 345` (ru) or `12,345` (en). */
export function formatCount(lang: Language, count: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(count);
}

/**
 * A duration in seconds with the largest unit that keeps it ≥ 1, one decimal at most.
 * @example formatDuration(t, 'en', 5400) // '1.5 h'
 */
export function formatDuration(t: TFunction, lang: Language, seconds: number): string {
  const number = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
  if (seconds < 60) return t('duration.s', { n: number(seconds) });
  if (seconds < 3600) return t('duration.min', { n: number(seconds / 60) });
  if (seconds < 86400) return t('duration.h', { n: number(seconds / 3600) });
  return t('duration.d', { n: number(seconds / 86400) });
}

/** A date-time in the language's style. */
export function formatDateTime(lang: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A number with at most `digits` decimals in the language's style, e.g. `3,2` (ru). */
export function formatNumber(lang: Language, value: number, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A number with exactly `digits` decimals, e.g. `3.0` for a mean on a 1 … 7 scale. */
export function formatFixed(lang: Language, value: number, digits = 1): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A number with its sign, e.g. `+23`, `−0.4`: for scores whose zero means "neutral". */
export function formatSigned(lang: Language, value: number, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    value,
  );
}

/**
 * A p-value as statistics reports write it: `< 0.001` below a thousandth, else two
 * significant digits, e.g. `0.042`.
 */
export function formatPValue(lang: Language, p: number): string {
  if (p < 0.001) return `< ${formatNumber(lang, 0.001, 3)}`;
  return new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 }).format(p);
}
