/**
 * Sentiment bench: texts per second on one core (one thread) for the ensemble OpenCJM uses
 * and for the lexicon alone, per language, after the models and the jieba dictionary
 * have loaded. Texts: the held-out fifth of each fetched training corpus (real reviews,
 * tweets and subtitles), else OpenCJM's evaluation sets.
 */
import { EVAL_LANGS, loadEvalSet } from '../text/eval/evaluate.ts';
import { analyzeSentiment } from '../text/sentiment.ts';
import { CORPORA, hasCorpus, loadCorpus } from '../text/train/corpora.ts';
import { splitCorpus } from '../text/train/split.ts';
import type { SentimentModel } from '../text/types.ts';

const SECONDS = 2;

function textsOf(lang: 'ru' | 'en' | 'zh'): { texts: string[]; source: string } {
  const fetched = CORPORA.filter((c) => c.lang === lang && hasCorpus(c));
  if (fetched.length === 0)
    return {
      texts: [...loadEvalSet(lang, 'dev'), ...loadEvalSet(lang, 'test')].map((t) => t.text),
      source: 'OpenCJM eval sets',
    };
  const texts = fetched.flatMap((c) => splitCorpus(loadCorpus(c)).test.map((d) => d.text));
  return { texts, source: fetched.map((c) => c.id).join(' + ') };
}

function rate(texts: readonly string[], lang: 'ru' | 'en' | 'zh', model: SentimentModel): number {
  for (const text of texts.slice(0, 200)) analyzeSentiment(text, { lang, model });
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000)
    for (const text of texts.slice(done % texts.length, (done % texts.length) + 500)) {
      analyzeSentiment(text, { lang, model });
      done++;
    }
  return done / ((performance.now() - started) / 1000);
}

export function runSentimentBench(): void {
  console.log('\nsentiment, one thread: texts per second (mean text length in characters)');
  for (const lang of EVAL_LANGS) {
    const { texts, source } = textsOf(lang);
    const chars = Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length);
    const ensemble = Math.round(rate(texts, lang, 'ensemble'));
    const lexicon = Math.round(rate(texts, lang, 'lexicon'));
    console.log(
      `  ${lang}  ensemble ${ensemble.toLocaleString('en')}/s  lexicon ${lexicon.toLocaleString('en')}/s  (${texts.length} texts of ${source}, ${chars} chars)`,
    );
  }
}
