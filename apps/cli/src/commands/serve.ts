import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import type { Ui } from '../i18n/ui.ts';
import { userPath } from '../io.ts';

interface ServeOptions {
  port: number;
  data: string;
  host: string;
}

/** Commander parser for `--port N` (0 picks a free port); `why` is the error. */
function portParser(why: string) {
  return (value: string): number => {
    const port = Number(value);
    if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(why);
    return port;
  };
}

/**
 * `cjm serve`: starts the OpenCJM server (API, docs and the built web app) on the
 * workspace. The server is loaded only when this command runs, so other commands stay quick.
 */
export function registerServe(program: Command, io: CliIo, ui: Ui): void {
  const h = ui.t.help.serve;
  const t = ui.t.serve;
  program
    .command('serve')
    .option('--port <n>', h.port, portParser(ui.t.parse.port), Number(process.env.PORT ?? 4173))
    .option('--data <dir>', h.data, process.env.OPENCJM_DATA ?? '.opencjm')
    .option('--host <host>', h.host, process.env.HOST ?? '127.0.0.1')
    .action(async (opts: ServeOptions) => {
      const { closeOnSignals, startServer } = await import('@opencjm/server');
      const dataDir = userPath(io.cwd, opts.data);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        // Errors (5xx with their request id) and refusals under load go to stderr.
        server = await startServer({ port: opts.port, host: opts.host, dataDir, logger: { level: 'warn' } });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new CliError((m) => m.serve.cannotStart(why));
      }
      closeOnSignals(server.app);
      io.out(`${t.running(server.url)}\n`);
      io.out(`  ${t.workspace} ${dataDir}\n`);
      io.out(`  ${t.docs} ${server.url}/api/docs\n`);
      if (!server.webApp) io.out(`  ${t.noWebApp}\n`);
      io.out(`${server.setupUrl !== undefined ? t.setup(server.setupUrl) : t.signIn}\n`);
      if (server.exposedWarning !== undefined) io.err(`${t.warning(server.exposedWarning)}\n`);
      io.out(`${t.stop}\n`);
    });
}
