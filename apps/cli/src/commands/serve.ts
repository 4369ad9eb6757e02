import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type CliIo } from '../cli-io.ts';
import { userPath } from '../io.ts';

interface ServeOptions {
  port: number;
  data: string;
  host: string;
}

/** Commander parser for `--port N` (0 picks a free port). */
function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number, 0-65535');
  return port;
}

/**
 * `cjm serve`: starts the OpenCJM server (API, docs and the built web app) on the
 * workspace. The server is loaded only when this command runs, so other commands stay quick.
 */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('start the OpenCJM server: web app, REST API and its docs at /api/docs')
    .option('--port <n>', 'port to listen on', parsePort, Number(process.env.PORT ?? 4173))
    .option(
      '--data <dir>',
      'workspace directory (created when missing)',
      process.env.OPENCJM_DATA ?? '.opencjm',
    )
    .option(
      '--host <host>',
      'interface to listen on; 0.0.0.0 for every one (then serve it behind HTTPS, see docs/security.md)',
      process.env.HOST ?? '127.0.0.1',
    )
    .action(async (opts: ServeOptions) => {
      const { closeOnSignals, startServer } = await import('@opencjm/server');
      const dataDir = userPath(io.cwd, opts.data);
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        // Errors (5xx with their request id) and refusals under load go to stderr.
        server = await startServer({ port: opts.port, host: opts.host, dataDir, logger: { level: 'warn' } });
      } catch (error) {
        throw new CliError(
          `cannot start the server: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      closeOnSignals(server.app);
      io.out(`OpenCJM is running at ${server.url}\n`);
      io.out(`  workspace: ${dataDir}\n`);
      io.out(`  API docs:  ${server.url}/api/docs\n`);
      if (!server.webApp) io.out('  (web app not built: npm run build -w apps/web)\n');
      if (server.setupUrl !== undefined)
        io.out(`No account yet: open ${server.setupUrl} to create the owner (the link works once).\n`);
      else io.out('Sign in with your e-mail and password.\n');
      if (server.exposedWarning !== undefined) io.err(`warning: ${server.exposedWarning}\n`);
      io.out('Press Ctrl-C to stop.\n');
    });
}
