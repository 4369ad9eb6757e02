import { copyFileSync } from 'node:fs';
import { formatIssue, loadMapDocument } from '@opencjm/core';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { readDocument, userPath, writeDocument } from '../io.ts';

/** `cjm migrate FILE`: upgrades an older map in place, keeping `FILE.bak`. */
export function registerMigrate(program: Command, io: CliIo, ui: Ui): void {
  const t = ui.t.migrate;
  program
    .command('migrate')
    .argument('<file>', ui.t.help.migrate.file)
    .action((file: string) => {
      const path = userPath(io.cwd, file);
      const result = loadMapDocument(readDocument(file, io.cwd));
      if (!result.ok) {
        const issues = result.issues.map((i) => `  ${formatIssue(i)}`).join('\n');
        throw new CliError((m) => `${m.migrate.cannot(file)}\n${issues}`);
      }
      if (result.migrated.length === 0) {
        io.out(`${t.current(file, result.map.schemaVersion)}\n`);
        return;
      }
      copyFileSync(path, `${path}.bak`);
      writeDocument(path, result.map);
      io.out(`${t.migrated(file, result.migrated[0] ?? 0, result.map.schemaVersion)}\n`);
    });
}
