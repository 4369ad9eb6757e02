import { Command, CommanderError } from 'commander';
import { CliError, type CliIo } from './cli-io.ts';
import { COMMAND_MODULES, COMMAND_NAMES, type CommandName, commandOf } from './commands/registry.ts';
import { commanderError, helpConfiguration } from './i18n/commander-text.ts';
import { createUi, type Ui, uiLanguage } from './i18n/ui.ts';
import { languageParser } from './options.ts';

export { type CliIo, memoryIo, processIo } from './cli-io.ts';

/**
 * Builds the `cjm` program for `argv`. Each command lives in `commands/NAME.ts` and is added
 * by its `registerNAME(program, io, ui)`; only the module of the command `argv` runs is
 * loaded, the others are listed by name and description (see `commands/registry.ts`).
 * Commands write only through `io`, in the language of `ui`, and fail by throwing
 * {@link CliError}, so tests run them in-process.
 */
export async function createProgram(io: CliIo, ui: Ui, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('cjm')
    .description(ui.t.help.program)
    .enablePositionalOptions()
    .option('--lang <lang>', ui.t.help.lang, languageParser(ui))
    .showHelpAfterError();
  const wanted = commandOf(argv);
  for (const module of COMMAND_MODULES) {
    if (wanted !== undefined && module.names.includes(wanted)) (await module.load())(program, io, ui);
    else for (const name of module.names) program.command(name);
  }
  const order = (c: Command) => COMMAND_NAMES.indexOf(c.name() as CommandName);
  (program.commands as Command[]).sort((a, b) => order(a) - order(b));
  for (const command of program.commands) {
    command.description(ui.t.help.commands[command.name() as CommandName] ?? command.description());
  }
  localize(program, io, ui, true);
  return program;
}

/** Output, errors, help words and the `--lang` option of a command and its subcommands. */
function localize(command: Command, io: CliIo, ui: Ui, root = false): void {
  command
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(commanderError(text, ui.t)),
    })
    .configureHelp(helpConfiguration(ui.t))
    .helpOption('-h, --help', ui.t.help.helpOption);
  if (command.commands.length > 0) command.helpCommand('help [command]', ui.t.help.helpCommand);
  if (!root && !command.options.some((o) => o.long === '--lang')) {
    command.option('--lang <lang>', ui.t.help.lang, languageParser(ui));
  }
  for (const sub of command.commands) localize(sub, io, ui);
}

/** Runs `cjm` with the given arguments and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const ui = createUi(uiLanguage(argv, io.env ?? {}));
  try {
    const program = await createProgram(io, ui, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.err(`${ui.t.errorPrefix}${error.render(ui.t)}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`${ui.t.errorPrefix}${ui.t.unexpected(detail)}\n`);
    return 70;
  }
}
