// `npm run eval:sentiment`: accuracy and macro-F1 of the sentiment analyser on the
// OpenCJM evaluation sets, per language and split. `--errors` also lists the misses.
import { EVAL_LANGS, evaluate } from './evaluate.ts';

const showErrors = process.argv.includes('--errors');
const rows = EVAL_LANGS.flatMap((lang) => [evaluate(lang, 'dev'), evaluate(lang, 'test')]);
console.log('lang  split    n  accuracy  macro-F1');
for (const r of rows)
  console.log(
    `${r.lang.padEnd(4)}  ${r.split.padEnd(5)}  ${String(r.n).padStart(3)}  ${r.accuracy.toFixed(3).padStart(8)}  ${r.macroF1.toFixed(3).padStart(8)}`,
  );
if (showErrors)
  for (const r of rows)
    for (const e of r.errors)
      console.log(`${r.lang}.${r.split}  expected ${e.expected}, got ${e.got} (${e.score})  ${e.text}`);
