import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';

/** Adds one module's commands to the program. */
export type Register = (program: Command, io: CliIo, ui: Ui) => void;

/** A module of commands: the names it adds and how to load it. */
export interface CommandModule {
  readonly names: readonly CommandName[];
  readonly load: () => Promise<Register>;
}

/** Every top-level command, in the order `cjm --help` lists them. */
export const COMMAND_NAMES = [
  'templates',
  'new',
  'validate',
  'diff',
  'migrate',
  'schema',
  'demo',
  'serve',
  'export',
  'import-map',
  'analyze',
  'import',
  'sentiment',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * The commands and their modules. Each module is imported only when its command runs (the
 * bundle keeps it in a chunk of its own), so `cjm --help` and `cjm templates` do not load
 * DuckDB, the renderer or the server.
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  { names: ['templates'], load: async () => (await import('./templates.ts')).registerTemplates },
  { names: ['new'], load: async () => (await import('./new.ts')).registerNew },
  { names: ['validate'], load: async () => (await import('./validate.ts')).registerValidate },
  { names: ['diff'], load: async () => (await import('./diff.ts')).registerDiff },
  { names: ['migrate'], load: async () => (await import('./migrate.ts')).registerMigrate },
  { names: ['schema'], load: async () => (await import('./schema.ts')).registerSchema },
  { names: ['demo'], load: async () => (await import('./demo.ts')).registerDemo },
  { names: ['serve'], load: async () => (await import('./serve.ts')).registerServe },
  { names: ['export', 'import-map'], load: async () => (await import('./export.ts')).registerExport },
  { names: ['analyze'], load: async () => (await import('./analyze/index.ts')).registerAnalyze },
  { names: ['import'], load: async () => (await import('./import.ts')).registerImport },
  { names: ['sentiment'], load: async () => (await import('./sentiment.ts')).registerSentiment },
];

/**
 * The command `argv` runs: its first word that is not an option (after `help`, the word
 * after it). Program options come before it: `--lang` takes a value.
 */
export function commandOf(argv: readonly string[]): CommandName | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) words.push(arg);
    if (words.length === 2 || (words.length === 1 && words[0] !== 'help')) break;
  }
  const word = words[0] === 'help' ? words[1] : words[0];
  return (COMMAND_NAMES as readonly string[]).includes(word ?? '') ? (word as CommandName) : undefined;
}
