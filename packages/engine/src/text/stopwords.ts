import stopwordsIso from 'stopwords-iso';
import { lexicon } from './lexicon/index.ts';

const cache = new Map<string, ReadonlySet<string>>();

/**
 * Greetings and courtesy words customers wrap their feedback in: frequent in tickets and
 * chats, never what the feedback is about (stopwords-iso does not list them).
 */
const COURTESY: Readonly<Record<'ru' | 'en' | 'zh', readonly string[]>> = {
  ru: [
    'здравствуйте',
    'добрый',
    'доброго',
    'день',
    'вечер',
    'утро',
    'привет',
    'пожалуйста',
    'спасибо',
    'уважением',
  ],
  en: ['hello', 'hi', 'hey', 'dear', 'please', 'thanks', 'thank', 'regards', 'sincerely', 'cheers'],
  zh: ['您好', '你好', '请问', '谢谢', '麻烦', '亲'],
};

/**
 * Filler words of informal writing that stopwords-iso does not list ("короче", "типа",
 * "basically", "其实"): they pad what customers say and never name what they praise or
 * complain of. Themes only; the sentiment rules still read the intensifiers among them.
 */
const FILLER: Readonly<Record<'ru' | 'en' | 'zh', readonly string[]>> = {
  ru: [
    'короче',
    'кароче',
    'типа',
    'блин',
    'кстати',
    'реально',
    'вроде',
    'собственно',
    'итак',
    'ладно',
    'ок',
    'окей',
    'пожалуй',
    'наверное',
    'походу',
    'щас',
    'вообщем',
  ],
  en: ['basically', 'literally', 'lol', 'uh', 'guys', 'pretty', 'totally', 'honestly', 'btw'],
  zh: ['其实', '反正', '感觉', '真的'],
};

/** The filler words of a language ({@link FILLER}). */
export function fillerWords(lang: 'ru' | 'en' | 'zh'): readonly string[] {
  return FILLER[lang];
}

/**
 * Words that never make a theme on their own, from stopwords-iso plus courtesy and filler words —
 * minus the negators, which stay so that "не работает" and "not working" survive as
 * themes (a phrase of negators alone, or ending in one, is dropped in themes.ts).
 */
export function stopwordsFor(lang: 'ru' | 'en' | 'zh'): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const negators = lexicon(lang).negators;
    set = new Set([
      ...(stopwordsIso[lang] ?? []).filter((word) => !negators.has(word)),
      ...COURTESY[lang],
      ...FILLER[lang],
    ]);
    cache.set(lang, set);
  }
  return set;
}
