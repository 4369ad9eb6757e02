/** A part of a text between commas, sentence ends and contrast words. */
export interface Clause {
  text: string;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** Whether it opens with a contrast word ("но", "but", "但是"): a new opinion. */
  contrast: boolean;
}

const SENTENCE = /[.!?;…\n。！？；]+/u;
const PART = {
  ru: /\s*,\s*|\s+(?=(?:но|а|однако|зато|хотя)\s)/iu,
  en: /\s*,\s*|\s+(?=(?:but|however|although|though|yet|whereas)\s)/iu,
  zh: /[，,、]|(?=但是|不过|可是|但|却)/u,
} as const;
const CONTRAST = {
  ru: /^(?:но|а|однако|зато|хотя)\s/iu,
  en: /^(?:but|however|although|though|yet|whereas)\s/iu,
  zh: /^(?:但是|不过|可是|但|却)/u,
} as const;

/**
 * Cuts a text into clauses: at sentence ends, commas and before contrast words, so
 * "Доставка быстрая, но курьер грубил" gives "Доставка быстрая" and "но курьер грубил".
 * Empty clauses are dropped.
 */
export function clausesOf(text: string, lang: 'ru' | 'en' | 'zh'): Clause[] {
  return text.split(SENTENCE).flatMap((sentence, index) =>
    sentence
      .split(PART[lang])
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => ({ text: part, sentence: index, contrast: CONTRAST[lang].test(part) })),
  );
}
