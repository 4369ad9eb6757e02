import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../cli-io.ts';
import { runCli } from '../main.ts';
import { tempDir } from '../test-helpers.ts';

/** Runs `cjm sentiment ARGS` in-process with `stdin` as standard input. */
async function sentiment(cwd: string, stdin: string, ...args: string[]) {
  const io = memoryIo(cwd, stdin);
  const code = await runCli(['sentiment', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('cjm sentiment', () => {
  it('scores Anna’s reviews from stdin as JSON lines, skipping empty lines', async () => {
    const run = await sentiment(
      tempDir(),
      'Курьер опоздал на три часа\n\nThe laptop is great\n不太满意\n',
      '--json',
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ text: 'Курьер опоздал на три часа', lang: 'ru', label: 'negative' });
    expect(lines[1]).toMatchObject({ lang: 'en', label: 'positive' });
    expect(lines[2]).toMatchObject({ lang: 'zh', label: 'negative' });
    expect(Object.keys(lines[0])).toEqual(['text', 'lang', 'score', 'label']);
  });

  it('reads a file and prints a table, with the language fixed by --lang', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'reviews.txt'), 'ok, works\r\nnot good\n');
    const run = await sentiment(dir, '', '--lang', 'en', 'reviews.txt');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('label     score  lang  text');
    expect(run.stdout).toMatch(/^positive +[\d.]+ +en +ok, works$/m);
    expect(run.stdout).toMatch(/^negative +-[\d.]+ +en +not good$/m);
  });

  it('names a missing file and exits non-zero', async () => {
    const run = await sentiment(tempDir(), '', 'missing.txt');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('cjm: missing.txt: cannot read (ENOENT)\n');
  });

  it('rejects an unknown language and explains itself with --help', async () => {
    expect((await sentiment(tempDir(), '', '--lang', 'de')).code).not.toBe(0);
    const help = await sentiment(tempDir(), '', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--lang <lang>');
    expect(help.stdout).toContain('--json');
  });
});
