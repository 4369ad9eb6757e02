import { messages as english, type MessageTexts } from './i18n/en/messages.ts';

/** Where a command writes: injected so tests run commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars are drawn only there). */
  readonly interactive: boolean;
  /** Working directory relative paths resolve against. */
  readonly cwd: string;
  /**
   * Reads all of standard input as UTF-8, for commands that take text from a pipe
   * (`cjm sentiment`). Optional so that hand-made test doubles need not provide it:
   * a missing reader means empty input.
   */
  readStdin?(): Promise<string>;
  /**
   * The environment the language is read from (LC_ALL, LC_MESSAGES, LANG). Optional: a
   * missing environment means English unless `--lang` says otherwise.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A message for the user: plain text, or text written from the texts of their language. */
export type Message = string | ((t: MessageTexts) => string);

/**
 * An error meant for the user: printed to stderr without a stack, with its exit code. Its
 * text is written in the user's language when printed; `message` holds the English.
 */
export class CliError extends Error {
  constructor(
    readonly text: Message,
    readonly exitCode = 1,
  ) {
    super(typeof text === 'string' ? text : text(english));
    this.name = 'CliError';
  }

  /** The message in the language of `t`. */
  render(t: MessageTexts): string {
    return typeof this.text === 'string' ? this.text : this.text(t);
  }
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** Collects output in memory, for tests; `stdin` is what the command reads as standard input. */
export function memoryIo(cwd = process.cwd(), stdin = ''): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    interactive: false,
    cwd,
    readStdin: async () => stdin,
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
