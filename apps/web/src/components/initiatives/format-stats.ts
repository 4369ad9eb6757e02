import type { Language } from '@opencjm/core';
import { formatPercent } from '../../i18n/format.ts';

/** A p-value as people read it: `< 0.001` rather than a string of zeros; `—` when none. */
export function pText(p: number | null): string {
  if (p === null) return '—';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** A chance as a percentage that never rounds to a certainty: `> 99.9%`, `< 0.1%`. */
export function chanceText(lang: Language, x: number | null): string {
  if (x === null) return '—';
  if (x > 0.999) return `> ${formatPercent(lang, 0.999)}`;
  if (x < 0.001) return `< ${formatPercent(lang, 0.001)}`;
  return formatPercent(lang, x);
}

/** A relative change with its sign, e.g. `+12.5%`. */
export function signedPercent(lang: Language, x: number): string {
  return `${x > 0 ? '+' : ''}${formatPercent(lang, x)}`;
}
