import { diffMaps, formatDiff } from '@opencjm/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { readMapFile } from '../io.ts';

/** `cjm diff A B`: the semantic difference of two maps, matched by id. */
export function registerDiff(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.diff;
  program
    .command('diff')
    .argument('<a>', h.a)
    .argument('<b>', h.b)
    .option('--json', h.json)
    .action((a: string, b: string, opts: { json?: boolean }) => {
      const changes = diffMaps(readMapFile(a, io.cwd), readMapFile(b, io.cwd));
      io.out(opts.json ? `${JSON.stringify({ changes }, null, 2)}\n` : `${formatDiff(changes)}\n`);
    });
}
