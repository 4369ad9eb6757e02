import stopwordsIso from 'stopwords-iso';
import { lexicon } from './lexicon/index.ts';

const cache = new Map<string, ReadonlySet<string>>();

/**
 * Greetings and courtesy words customers wrap their feedback in: frequent in tickets and
 * chats, never what the feedback is about (stopwords-iso does not list them).
 */
const COURTESY: Readonly<Record<'ru' | 'en' | 'zh', readonly string[]>> = {
  ru: ['здравствуйте', 'добрый', 'доброго', 'день', 'вечер', 'утро', 'привет', 'пожалуйста', 'спасибо'],
  en: ['hello', 'hi', 'hey', 'dear', 'please', 'thanks', 'thank'],
  zh: ['您好', '你好', '请问', '谢谢', '麻烦'],
};

/**
 * Words that never make a theme on their own, from stopwords-iso plus courtesy words —
 * minus the negators, which stay so that "не работает" and "not working" survive as
 * themes (a phrase of negators alone, or ending in one, is dropped in themes.ts).
 */
export function stopwordsFor(lang: 'ru' | 'en' | 'zh'): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const negators = lexicon(lang).negators;
    set = new Set([...(stopwordsIso[lang] ?? []).filter((word) => !negators.has(word)), ...COURTESY[lang]]);
    cache.set(lang, set);
  }
  return set;
}
