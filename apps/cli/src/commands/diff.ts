import { diffMaps, formatDiff } from '@opencjm/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { readMapFile } from '../io.ts';

/** `cjm diff A B`: the semantic difference of two maps, matched by id. */
export function registerDiff(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description('semantic diff of two maps: added, removed, changed and moved things')
    .argument('<a>', 'the map before')
    .argument('<b>', 'the map after')
    .option('--json', 'print {"changes":[{"kind","entity","id","path","before","after"}]}')
    .action((a: string, b: string, opts: { json?: boolean }) => {
      const changes = diffMaps(readMapFile(a, io.cwd), readMapFile(b, io.cwd));
      io.out(opts.json ? `${JSON.stringify({ changes }, null, 2)}\n` : `${formatDiff(changes)}\n`);
    });
}
