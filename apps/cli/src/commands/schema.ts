import { writeFileSync } from 'node:fs';
import { mapJsonSchema, personaJsonSchema } from '@opencjm/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { userPath } from '../io.ts';

/** `cjm schema`: the JSON Schema of map (or persona) files, for editors. */
export function registerSchema(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print the JSON Schema of map files (or persona files with --persona)')
    .option('--persona', 'the persona document schema instead')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action((opts: { persona?: boolean; output?: string }) => {
      const text = `${JSON.stringify(opts.persona ? personaJsonSchema() : mapJsonSchema(), null, 2)}\n`;
      if (opts.output) writeFileSync(userPath(io.cwd, opts.output), text);
      else io.out(text);
    });
}
