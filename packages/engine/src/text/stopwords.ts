import stopwordsIso from 'stopwords-iso';
import { lexicon } from './lexicon/index.ts';

const cache = new Map<string, ReadonlySet<string>>();

/**
 * Words that never make a theme on their own, from stopwords-iso — minus the negators,
 * which stay so that "не работает" and "not working" survive as themes.
 */
export function stopwordsFor(lang: 'ru' | 'en' | 'zh'): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const negators = lexicon(lang).negators;
    set = new Set((stopwordsIso[lang] ?? []).filter((word) => !negators.has(word)));
    cache.set(lang, set);
  }
  return set;
}
