import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cjm, tempDir } from './test-helpers.ts';

const bin = fileURLToPath(new URL('../bin/cjm.js', import.meta.url));

describe('cjm', () => {
  it('has --help on every command', async () => {
    const dir = tempDir();
    const top = await cjm(dir, '--help');
    expect(top.code).toBe(0);
    const commands = top.stdout.slice(top.stdout.indexOf('Commands:'));
    const names = [...commands.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]).filter((n) => n !== 'help');
    expect(names).toEqual(
      expect.arrayContaining(['templates', 'new', 'validate', 'diff', 'migrate', 'schema']),
    );
    for (const name of names) {
      const help = await cjm(dir, name as string, '--help');
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toMatch(/^Usage: cjm /);
    }
  });

  it('speaks Russian and Chinese in help and usage errors', async () => {
    const ru = await cjm(tempDir(), '--lang', 'ru', '--help');
    expect(ru.stdout).toMatch(/^Использование: cjm /);
    expect(ru.stdout).toMatch(/^Команды:$/m);
    expect(ru.stdout).toMatch(/^ {2}templates .+ список шаблонов этапов/m);
    const zh = await cjm(tempDir(), 'validate', '--lang', 'zh');
    expect(zh.code).not.toBe(0);
    expect(zh.stderr).toMatch(/^错误：缺少必需的参数 'files'$/m);
  });

  it('sends usage errors to stderr with a non-zero exit', async () => {
    const result = await cjm(tempDir(), 'validate');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/missing required argument/);
    expect(result.stdout).toBe('');
  });

  it('runs as a real process from the bin script', () => {
    const out = execFileSync(process.execPath, [bin, 'templates', '--lang', 'en', '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).length).toBeGreaterThanOrEqual(7);
  });
});
