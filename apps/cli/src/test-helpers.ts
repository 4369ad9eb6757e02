import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from './cli-io.ts';
import { runCli } from './main.ts';

/** Runs `cjm ARGS` in-process inside `cwd`, returning exit code and output. */
export async function cjm(cwd: string, ...args: string[]) {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A fresh temporary directory for one test. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'opencjm-cli-'));
}
