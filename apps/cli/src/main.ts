import { Command, CommanderError } from 'commander';
import { CliError, type CliIo } from './cli-io.ts';
import { registerAnalyze } from './commands/analyze/index.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDiff } from './commands/diff.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerNew } from './commands/new.ts';
import { registerSchema } from './commands/schema.ts';
import { registerSentiment } from './commands/sentiment.ts';
import { registerServe } from './commands/serve.ts';
import { registerTemplates } from './commands/templates.ts';
import { registerValidate } from './commands/validate.ts';

export { type CliIo, memoryIo, processIo } from './cli-io.ts';

/**
 * Builds the `cjm` program. Each command lives in `commands/NAME.ts` and is added by its
 * `registerNAME(program, io)`; commands write only through `io` and fail by throwing
 * {@link CliError}, so tests run them in-process.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('cjm')
    .description('OpenCJM: customer journey maps built from evidence')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerTemplates(program, io);
  registerNew(program, io);
  registerValidate(program, io);
  registerDiff(program, io);
  registerMigrate(program, io);
  registerSchema(program, io);
  registerDemo(program, io);
  registerServe(program, io);
  registerExport(program, io);
  registerAnalyze(program, io);
  registerImport(program, io);
  registerSentiment(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/** Runs `cjm` with the given arguments and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.err(`cjm: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(
      `cjm: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
}
