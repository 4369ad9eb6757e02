/**
 * `node --import tsx apps/server/src/main.ts`: starts the OpenCJM server.
 * Environment: PORT (default 4173), HOST (default 127.0.0.1), OPENCJM_DATA (workspace
 * directory, default ./.opencjm), and the OPENCJM_* settings of `environment.ts`
 * (first owner, cookie secret, allowed hosts, proxy, upload limit). Serves apps/web/dist
 * when it has been built.
 */
import { closeOnSignals, SERVER_DEFAULTS, startServer } from './start.ts';

const port = Number(process.env.PORT ?? SERVER_DEFAULTS.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`opencjm: PORT must be a port number (got "${process.env.PORT}")\n`);
  process.exit(2);
}
try {
  const server = await startServer({
    port,
    host: process.env.HOST ?? SERVER_DEFAULTS.host,
    dataDir: process.env.OPENCJM_DATA ?? SERVER_DEFAULTS.dataDir,
    logger: true,
  });
  closeOnSignals(server.app);
  process.stdout.write(`OpenCJM: ${server.url}  (API docs: ${server.url}/api/docs)\n`);
  if (server.setupUrl !== undefined)
    process.stdout.write(
      `No account yet: open ${server.setupUrl} to create the owner (the link works once).\n`,
    );
  if (server.exposedWarning !== undefined)
    process.stderr.write(`opencjm: warning: ${server.exposedWarning}\n`);
} catch (error) {
  process.stderr.write(`opencjm: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
