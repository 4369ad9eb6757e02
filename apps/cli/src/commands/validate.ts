import { formatIssue, loadMapDocument } from '@opencjm/core';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { readDocument } from '../io.ts';

/** `cjm validate`: exit 0 when every file is a valid map, 1 with every problem otherwise. */
export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check map files: schema, unique ids, references')
    .argument('<files...>', 'map files (.yaml, .yml, .json)')
    .action((files: string[]) => {
      let failed = 0;
      for (const file of files) {
        try {
          const result = loadMapDocument(readDocument(file, io.cwd));
          if (result.ok) {
            const note = result.migrated.length > 0 ? ' (older schemaVersion: run `cjm migrate`)' : '';
            io.out(`${file}: valid${note}\n`);
            continue;
          }
          failed++;
          const n = result.issues.length;
          io.err(`${file}: ${n} problem${n === 1 ? '' : 's'}\n`);
          for (const issue of result.issues) io.err(`  ${file}: ${formatIssue(issue)}\n`);
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          failed++;
          io.err(`${error.message}\n`);
        }
      }
      if (failed > 0) throw new CliError(`${failed} of ${files.length} file(s) invalid`);
    });
}
