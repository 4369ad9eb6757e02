// `npm run train:sentiment`: trains OpenCJM's sentiment models from the public corpora in
// `train/corpora.ts` (fetched beforehand, see docs/text-analysis.md) and writes the shipped
// weights to packages/engine/models/sentiment/. Only the train part of each corpus is used,
// so `npm run eval:sentiment` can score the held-out part. Every corpus is read before any
// model is written, so a missing corpus leaves the shipped weights as they were.
// `-- --lang ru` (repeatable) trains only the languages named; the others keep their weights.
import { saveModel } from '../model/store.ts';
import { CORPORA, loadCorpus } from './corpora.ts';
import { langsFromArgs } from './langs-arg.ts';
import { trainModel } from './pipeline.ts';
import { splitCorpus } from './split.ts';

const langs = langsFromArgs(process.argv.slice(2));
const parts = langs.map((lang) =>
  CORPORA.filter((c) => c.lang === lang && c.shippable).map((source) => ({
    source,
    train: splitCorpus(loadCorpus(source)).train,
  })),
);
langs.forEach((lang, i) => {
  const corpora = parts[i] ?? [];
  const started = performance.now();
  const model = trainModel(
    lang,
    corpora.map((p) => p.train),
  );
  saveModel(model, { lang, trainedOn: corpora.map((p) => ({ id: p.source.id, texts: p.train.length })) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${lang}: ${corpora.map((p) => `${p.source.id} ${p.train.length}`).join(', ')} — ${seconds} s`);
});
