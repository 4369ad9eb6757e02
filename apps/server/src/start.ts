import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.ts';

/** Where `npm run build -w apps/web` puts the web app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Defaults of a started server: `PORT`, `HOST`, `OPENCJM_DATA`. */
export const SERVER_DEFAULTS = { port: 4173, host: '127.0.0.1', dataDir: '.opencjm' } as const;

/** How to start the server; see {@link SERVER_DEFAULTS}. */
export interface StartServerOptions {
  readonly port?: number;
  /** Interface to listen on; 127.0.0.1 keeps the workspace on this machine. */
  readonly host?: string;
  readonly dataDir?: string;
  /** Folder of the built web app; default `apps/web/dist` when it exists. */
  readonly webRoot?: string;
  readonly logger?: boolean;
}

/** A listening server. */
export interface StartedServer {
  readonly app: FastifyInstance;
  /** Base URL, e.g. `http://127.0.0.1:4173`. */
  readonly url: string;
  /** Whether the web app is served (else only `/api`). */
  readonly webApp: boolean;
}

/**
 * Builds the server and listens. The web app is served when its folder exists.
 *
 * @example const { url } = await startServer({ port: 4173, dataDir: '.opencjm' });
 */
export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const webRoot = options.webRoot ?? (existsSync(DEFAULT_WEB_ROOT) ? DEFAULT_WEB_ROOT : undefined);
  const app = await buildServer({
    dataDir: options.dataDir ?? SERVER_DEFAULTS.dataDir,
    webRoot,
    logger: options.logger ?? false,
  });
  const host = options.host ?? SERVER_DEFAULTS.host;
  try {
    await app.listen({ port: options.port ?? SERVER_DEFAULTS.port, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shownHost}:${port}`, webApp: webRoot !== undefined };
}

/** Closes the server (and with it the workspace database) on Ctrl-C or a termination signal. */
export function closeOnSignals(app: FastifyInstance): void {
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
