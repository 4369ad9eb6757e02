import { formatIssue, loadMapDocument } from '@opencjm/core';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { readDocument } from '../io.ts';

/** `cjm validate`: exit 0 when every file is a valid map, 1 with every problem otherwise. */
export function registerValidate(program: Command, io: CliIo, ui: Ui): void {
  const t = ui.t.validate;
  program
    .command('validate')
    .argument('<files...>', ui.t.help.validate.files)
    .action((files: string[]) => {
      let failed = 0;
      for (const file of files) {
        try {
          const result = loadMapDocument(readDocument(file, io.cwd));
          if (result.ok) {
            io.out(`${t.valid(file)}${result.migrated.length > 0 ? t.older : ''}\n`);
            continue;
          }
          failed++;
          io.err(`${t.problems(file, result.issues.length)}\n`);
          for (const issue of result.issues) io.err(`  ${file}: ${formatIssue(issue)}\n`);
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          failed++;
          io.err(`${error.render(ui.t)}\n`);
        }
      }
      if (failed > 0) throw new CliError((m) => m.validate.invalid(failed, files.length));
    });
}
