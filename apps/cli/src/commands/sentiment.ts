import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LangOption, type Sentiment, scoreTexts } from '@opencjm/engine';
import { type Command, Option } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';

/** `cjm sentiment`: scores one customer text per line (ru, en, zh) from a file or stdin. */
export function registerSentiment(program: Command, io: CliIo): void {
  program
    .command('sentiment')
    .description('score the sentiment of customer texts, one per line (Russian, English, Chinese)')
    .argument('[file]', 'text file, one text per line (default: standard input)')
    .addOption(
      new Option('--lang <lang>', 'language of the texts').choices(LangOption.options).default('auto'),
    )
    .option('--json', 'print one JSON object per line: {"text","lang","score","label"}')
    .action(async (file: string | undefined, opts: { lang: LangOption; json?: boolean }) => {
      const input = file === undefined ? ((await io.readStdin?.()) ?? '') : readText(file, io.cwd);
      const texts = input
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const results = scoreTexts(texts, { lang: opts.lang });
      io.out(opts.json ? results.map((r) => `${JSON.stringify(r)}\n`).join('') : table(results));
    });
}

function readText(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

function table(results: Sentiment[]): string {
  const lines = results.map(
    (r) => `${r.label.padEnd(8)}  ${r.score.toFixed(2).padStart(5)}  ${r.lang.padEnd(4)}  ${r.text}\n`,
  );
  return `label     score  lang  text\n${lines.join('')}`;
}
