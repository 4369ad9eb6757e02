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
}

/** An error meant for the user: printed to stderr without a stack, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
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
