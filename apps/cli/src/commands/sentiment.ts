import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LangOption, type Sentiment, scoreTexts } from '@opencjm/engine';
import { type Command, Option } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';

/** `cjm sentiment`: scores one customer text per line (ru, en, zh) from a file or stdin. */
export function registerSentiment(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.sentiment;
  program
    .command('sentiment')
    .argument('[file]', h.file)
    .addOption(new Option('--lang <lang>', h.lang).choices(LangOption.options).default('auto'))
    .option('--json', h.json)
    .action(async (file: string | undefined, opts: { lang: LangOption; json?: boolean }) => {
      const input = file === undefined ? ((await io.readStdin?.()) ?? '') : readText(file, io.cwd);
      const texts = input
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const results = scoreTexts(texts, { lang: opts.lang });
      io.out(opts.json ? results.map((r) => `${JSON.stringify(r)}\n`).join('') : table(results, ui));
    });
}

function readText(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError((t) => t.files.cannotRead(file, code));
  }
}

/** Label, score, language and text per line; the label in the user's language, padded to the widest. */
function table(results: Sentiment[], { t, fmt }: Ui): string {
  const [label, score, lang, text] = t.sentiment.headers;
  const labels = results.map((r) => t.sentiment.labels[r.label]);
  const wide = Math.max(label.length, ...labels.map((l) => l.length));
  const scores = results.map((r) => fmt.fixed(r.score, 2));
  const scoreWidth = Math.max(score.length, 5);
  const langWidth = Math.max(lang.length, 4);
  const lines = results.map(
    (r, i) =>
      `${(labels[i] ?? '').padEnd(wide)}  ${(scores[i] ?? '').padStart(scoreWidth)}  ${r.lang.padEnd(langWidth)}  ${r.text}\n`,
  );
  return `${label.padEnd(wide)}  ${score.padStart(scoreWidth)}  ${lang.padEnd(langWidth)}  ${text}\n${lines.join('')}`;
}
