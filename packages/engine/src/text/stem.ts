import { StemmerEn } from '@nlpjs/lang-en';
import { StemmerRu } from '@nlpjs/lang-ru';

let ru: StemmerRu | undefined;
let en: StemmerEn | undefined;
const cache = new Map<string, string>();

/**
 * Reduces a lower-case Russian or English word to its stem ("доставки" → "доставк",
 * "delivered" → "deliv"), so one lexicon entry covers every inflected form. Uses the
 * nlp.js Snowball ports; the Russian one is the stemmer the nlp.js Russian lexicon was built with.
 * Results are memoised: feedback vocabulary is small and repeats.
 */
export function stem(word: string, lang: 'ru' | 'en'): string {
  const key = `${lang}:${word}`;
  let stemmed = cache.get(key);
  if (stemmed === undefined) {
    if (lang === 'ru') {
      ru ??= new StemmerRu();
      stemmed = ru.stem(word.replaceAll('ё', 'е'));
    } else {
      en ??= new StemmerEn();
      stemmed = en.stem(word);
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(key, stemmed);
  }
  return stemmed;
}
