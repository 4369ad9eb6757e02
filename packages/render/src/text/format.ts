import type { Language } from '@opencjm/core';

/**
 * Number formatting for labels, by Intl so thousands separators and units follow the
 * language. Intl output depends only on the input and the Node ICU data, so pictures stay
 * byte-identical on one machine.
 */

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' };

/** 1200 → "1 200" (ru), "1,200" (en, zh). */
export function formatInteger(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(value);
}

/** 0.451 → "45,1 %" (ru), "45.1%" (en). */
export function formatShare(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A duration in the largest whole-ish unit: 45 s, 3.5 min, 2 h, 3 d. */
export function formatDuration(seconds: number, lang: Language): string {
  const units = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ] as const;
  const [unit, size] = units.find(([, size]) => seconds >= size) ?? ['second', 1];
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(seconds / size);
}

/** An emotion score with its sign: +2, 0, −1.5 (a real minus sign, as typeset). */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${Math.abs(rounded)}`;
  return '0';
}

/** A signed number with up to two decimals, with a real minus sign: +0.42, −0.1. */
export function formatSigned(value: number, lang: Language, digits = 2): string {
  const text = new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
  return text.replace('-', '−');
}
