import { writeFileSync } from 'node:fs';
import { mapJsonSchema, personaJsonSchema } from '@opencjm/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { userPath } from '../io.ts';

/** `cjm schema`: the JSON Schema of map (or persona) files, for editors. */
export function registerSchema(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.schema;
  program
    .command('schema')
    .option('--persona', h.persona)
    .option('-o, --output <file>', h.output)
    .action((opts: { persona?: boolean; output?: string }) => {
      const text = `${JSON.stringify(opts.persona ? personaJsonSchema() : mapJsonSchema(), null, 2)}\n`;
      if (opts.output) writeFileSync(userPath(io.cwd, opts.output), text);
      else io.out(text);
    });
}
