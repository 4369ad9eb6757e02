import type { Language } from '@opencjm/core';

/** Numbers, shares, p-values and spans written the one way each language writes them. */
export interface NumberFormats {
  /** A count: 1,500 / 1 500 / 1,500. */
  int(n: number): string;
  /** A number with `digits` decimals, "—" for null. */
  fixed(x: number | null, digits: number): string;
  /** A share (0.75) as a percentage with `digits` decimals (default 1), "—" for null. */
  percent(x: number | null, digits?: number): string;
  /** A relative change with its sign: +150.0%. */
  signedPercent(x: number | null): string;
  /** A p-value: three decimals, "< 0.001" below that, "—" for none. */
  pValue(p: number | null): string;
  /** A span: 45s, 7m 30s, 2h 05m, 3d 4h; "—" when there is nothing to measure. */
  duration(seconds: number | null): string;
  /** An interval "lo–hi" through `show`, "—" for none. */
  interval(ci: readonly [number, number] | null, show: (x: number) => string): string;
}

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' };

/** Units of a span (seconds, minutes, hours, days) as written after the number, and what separates two parts. */
const UNITS: Record<Language, { s: string; m: string; h: string; d: string; sep: string }> = {
  en: { s: 's', m: 'm', h: 'h', d: 'd', sep: ' ' },
  ru: { s: ' с', m: ' мин', h: ' ч', d: ' д', sep: ' ' },
  zh: { s: '秒', m: '分', h: '小时', d: '天', sep: '' },
};

const DASH = '—';

/** The formats of `lang`, built on Intl.NumberFormat so grouping and decimal marks follow the locale. */
export function numberFormats(lang: Language): NumberFormats {
  const locale = LOCALES[lang];
  const cache = new Map<string, Intl.NumberFormat>();
  const format = (key: string, options: Intl.NumberFormatOptions) => {
    let f = cache.get(key);
    if (!f) {
      f = new Intl.NumberFormat(locale, options);
      cache.set(key, f);
    }
    return f;
  };
  const decimals = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });
  const fixed = (x: number | null, digits: number) =>
    x === null ? DASH : format(`f${digits}`, decimals(digits)).format(x);
  const u = UNITS[lang];
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    int: (n) => format('int', { maximumFractionDigits: 0 }).format(n),
    fixed,
    percent: (x, digits = 1) =>
      x === null ? DASH : format(`p${digits}`, { style: 'percent', ...decimals(digits) }).format(x),
    signedPercent: (x) =>
      x === null ? DASH : format('sp', { style: 'percent', signDisplay: 'always', ...decimals(1) }).format(x),
    pValue: (p) => (p === null ? DASH : p < 0.001 ? `< ${fixed(0.001, 3)}` : fixed(p, 3)),
    duration(seconds) {
      if (seconds === null) return DASH;
      const s = Math.round(seconds);
      if (s < 60) return `${s}${u.s}`;
      if (s < 3600) return `${Math.floor(s / 60)}${u.m}${u.sep}${two(s % 60)}${u.s}`;
      if (s < 86_400) return `${Math.floor(s / 3600)}${u.h}${u.sep}${two(Math.floor((s % 3600) / 60))}${u.m}`;
      const hours = Math.floor((s % 86_400) / 3600);
      return `${Math.floor(s / 86_400)}${u.d}${hours > 0 ? `${u.sep}${hours}${u.h}` : ''}`;
    },
    interval: (ci, show) => (ci === null ? DASH : `${show(ci[0])}–${show(ci[1])}`),
  };
}
