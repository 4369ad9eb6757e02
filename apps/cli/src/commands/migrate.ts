import { copyFileSync } from 'node:fs';
import { formatIssue, loadMapDocument } from '@opencjm/core';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { readDocument, userPath, writeDocument } from '../io.ts';

/** `cjm migrate FILE`: upgrades an older map in place, keeping `FILE.bak`. */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('upgrade a map document to the current schemaVersion (keeps FILE.bak)')
    .argument('<file>', 'map file (.yaml, .yml, .json)')
    .action((file: string) => {
      const path = userPath(io.cwd, file);
      const result = loadMapDocument(readDocument(file, io.cwd));
      if (!result.ok) {
        throw new CliError(
          `${file}: cannot migrate:\n${result.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
        );
      }
      if (result.migrated.length === 0) {
        io.out(`${file}: already at schemaVersion ${result.map.schemaVersion}\n`);
        return;
      }
      copyFileSync(path, `${path}.bak`);
      writeDocument(path, result.map);
      const from = result.migrated[0];
      io.out(`${file}: migrated schemaVersion ${from} → ${result.map.schemaVersion} (backup: ${file}.bak)\n`);
    });
}
