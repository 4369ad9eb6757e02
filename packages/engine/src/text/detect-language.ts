import type { TextLang } from './types.ts';

// Hand-written rather than `tinyld`/`eld`: for the three languages OpenCJM supports the
// writing system decides the language (Han → zh, Cyrillic → ru, Latin → en), and script
// counting stays right on the very short texts feedback is full of ("ок", "超赞", "ok"),
// where statistical detectors guess among dozens of languages we never receive.
const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Detects the language of one feedback text from its letters: the script with most
 * characters wins, Han counting double because one hanzi carries about a word.
 * Mixed texts ("ноутбук Lenovo отличный") go to the majority script.
 * @example detectLanguage('不太满意') // 'zh'
 */
export function detectLanguage(text: string): TextLang {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const char of text) {
    if (HAN.test(char)) han += 2;
    else if (CYRILLIC.test(char)) cyrillic++;
    else if (LATIN.test(char)) latin++;
  }
  const best = Math.max(han, cyrillic, latin);
  if (best === 0) return 'und';
  if (han === best) return 'zh';
  return cyrillic === best ? 'ru' : 'en';
}
