// `npm run eval:sentiment`: accuracy and macro-F1 of the sentiment models — the lexicon
// and rules, the trained classifier alone, and their ensemble (what OpenCJM uses) — on
// OpenCJM's own three-label sets, on the held-out fifth of each training corpus, and across
// domains (a classifier trained on one corpus, tested on another). Corpora that have not
// been fetched are skipped and named. `--errors` lists the ensemble's misses on OpenCJM's sets;
// `--lang ru` (repeatable) reports only the languages named.
import { sentimentModel } from '../model/classifier.ts';
import { CORPORA, type CorpusSource, hasCorpus, type LabelledDoc, loadCorpus } from '../train/corpora.ts';
import { langsFromArgs } from '../train/langs-arg.ts';
import { trainModel } from '../train/pipeline.ts';
import { splitCorpus } from '../train/split.ts';
import { type CorpusScores, modelWeights, scoreCorpus } from './corpus-eval.ts';
import { EVAL_LANGS, evaluate } from './evaluate.ts';

const f = (x: number) => x.toFixed(3);
const pair = (r: { accuracy: number; macroF1: number }) => `${f(r.accuracy)} ${f(r.macroF1)}`;
const showErrors = process.argv.includes('--errors');
const langs = langsFromArgs(process.argv.slice(2));
const corpora = CORPORA.filter((c) => langs.includes(c.lang));

console.log("OpenCJM's sets, positive / neutral / negative (accuracy, macro-F1)\n");
console.log('lang  split    n  lexicon      trained      ensemble');
for (const lang of EVAL_LANGS.filter((l) => langs.includes(l)))
  for (const split of ['dev', 'test'] as const) {
    const [lexicon, trained, ensemble] = (['lexicon', 'trained', 'ensemble'] as const).map((m) =>
      evaluate(lang, split, m),
    ) as [ReturnType<typeof evaluate>, ReturnType<typeof evaluate>, ReturnType<typeof evaluate>];
    console.log(
      `${lang.padEnd(4)}  ${split.padEnd(5)}  ${String(lexicon.n).padStart(3)}  ${pair(lexicon)}  ${pair(trained)}  ${pair(ensemble)}`,
    );
    if (showErrors)
      for (const e of ensemble.errors)
        console.log(`      expected ${e.expected}, got ${e.got} (${e.score})  ${e.text}`);
  }

const missing = corpora.filter((c) => !hasCorpus(c));
if (missing.length > 0)
  console.log(
    `\nNot fetched, skipped (see docs/text-analysis.md, Training data): ${missing.map((c) => `${c.id} (${c.repo})`).join(', ')}`,
  );
const parts: { source: CorpusSource; train: LabelledDoc[]; test: LabelledDoc[] }[] = corpora
  .filter((c) => hasCorpus(c))
  .map((source) => ({ source, ...splitCorpus(loadCorpus(source)) }));

const row = (r: CorpusScores) => `${pair(r)}  ${f(r.labelledAccuracy)}`;
console.log('\nHeld-out fifth of each corpus, positive / negative; the shipped classifiers never saw it.');
console.log('Per model: accuracy and macro-F1 by the sign of the score, then accuracy of the shown');
console.log('label (a neutral label counts as wrong).\n');
console.log(
  `${'corpus'.padEnd(16)}  ${'use'.padEnd(9)}  ${'n'.padStart(5)}  lexicon            trained            ensemble`,
);
for (const { source, test } of parts) {
  const weights = modelWeights(source.lang);
  const classifier = sentimentModel(source.lang);
  const [lexicon, trained, ensemble] = [weights.lexicon, weights.trained, weights.ensemble].map((w) =>
    scoreCorpus(source.lang, test, classifier, w),
  ) as [CorpusScores, CorpusScores, CorpusScores];
  console.log(
    `${source.id.padEnd(16)}  ${(source.shippable ? 'train' : 'eval only').padEnd(9)}  ${String(test.length).padStart(5)}  ${row(lexicon)}  ${row(trained)}  ${row(ensemble)}`,
  );
}

console.log('\nCross-domain: a classifier trained on the train part of one corpus only, tested on the');
console.log('held-out part of another (accuracy, macro-F1 by sign).\n');
console.log('trained on       tested on            n  lexicon      trained      ensemble');
for (const from of parts) {
  if (!from.source.shippable) continue;
  const lang = from.source.lang;
  const classifier = trainModel(lang, [from.train]);
  for (const to of parts) {
    if (to.source.lang !== lang || to === from) continue;
    const weights = modelWeights(lang);
    const [lexicon, trained, ensemble] = [weights.lexicon, weights.trained, weights.ensemble].map((w) =>
      scoreCorpus(lang, to.test, classifier, w),
    ) as [CorpusScores, CorpusScores, CorpusScores];
    console.log(
      `${from.source.id.padEnd(16)}  ${to.source.id.padEnd(16)}  ${String(to.test.length).padStart(5)}  ${pair(lexicon)}  ${pair(trained)}  ${pair(ensemble)}`,
    );
  }
}

console.log('\nLeave one corpus out: a classifier trained on the train parts of all the other corpora');
console.log('of its language, tested on the held-out part of the one left out (accuracy, macro-F1 by');
console.log('sign). Only for languages with three or more training corpora.\n');
console.log('left out          trained on                 n  lexicon      trained      ensemble');
for (const lang of langs) {
  const own = parts.filter((p) => p.source.lang === lang && p.source.shippable);
  if (own.length < 3) continue;
  for (const left of own) {
    const classifier = trainModel(
      lang,
      own.filter((p) => p !== left).map((p) => p.train),
    );
    const weights = modelWeights(lang);
    const [lexicon, trained, ensemble] = [weights.lexicon, weights.trained, weights.ensemble].map((w) =>
      scoreCorpus(lang, left.test, classifier, w),
    ) as [CorpusScores, CorpusScores, CorpusScores];
    console.log(
      `${left.source.id.padEnd(16)}  ${`the other ${own.length - 1}`.padEnd(20)}  ${String(left.test.length).padStart(5)}  ${pair(lexicon)}  ${pair(trained)}  ${pair(ensemble)}`,
    );
  }
}
