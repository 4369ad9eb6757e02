import { existsSync } from 'node:fs';
import { repoPath } from '@opencjm/engine';
import type { FastifyInstance } from 'fastify';
import { type BuildServerOptions, buildServer } from './app.ts';
import { serverEnvironment } from './environment.ts';
import { isLoopback } from './http/allowed-hosts.ts';

/** Where `npm run build -w apps/web` puts the web app. */
export const DEFAULT_WEB_ROOT = repoPath('apps/web/dist', new URL('../../web/dist', import.meta.url));

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
  readonly logger?: BuildServerOptions['logger'];
  /** Settings otherwise read from the environment (`OPENCJM_*`, see `environment.ts`). */
  readonly env?: NodeJS.ProcessEnv;
  /** The first owner; default from `OPENCJM_ADMIN_EMAIL` / `OPENCJM_ADMIN_PASSWORD`. */
  readonly owner?: { email: string; password: string };
}

/** A listening server. */
export interface StartedServer {
  readonly app: FastifyInstance;
  /** Base URL, e.g. `http://127.0.0.1:4173`. */
  readonly url: string;
  /** Whether the web app is served (else only `/api`). */
  readonly webApp: boolean;
  /** While the workspace has no member: the one-time link where the first owner signs up. */
  readonly setupUrl?: string;
  /** Set when listening beyond this machine: what to tell the person starting it. */
  readonly exposedWarning?: string;
}

/**
 * Builds the server and listens. The web app is served when its folder exists.
 *
 * @example const { url, setupUrl } = await startServer({ port: 4173, dataDir: '.opencjm' });
 */
export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  const webRoot = options.webRoot ?? (existsSync(DEFAULT_WEB_ROOT) ? DEFAULT_WEB_ROOT : undefined);
  const host = options.host ?? SERVER_DEFAULTS.host;
  const env = serverEnvironment(options.env ?? process.env, host);
  let setupToken: string | undefined;
  const owner = options.owner ?? env.owner;
  const app = await buildServer({
    dataDir: options.dataDir ?? SERVER_DEFAULTS.dataDir,
    webRoot,
    logger: options.logger ?? false,
    allowedHosts: env.allowedHosts,
    trustProxy: env.trustProxy,
    ...(owner === undefined ? {} : { owner }),
    ...(env.secret === undefined ? {} : { secret: env.secret }),
    ...(env.uploadBytes === undefined ? {} : { limits: { uploadBytes: env.uploadBytes } }),
    onSetupToken: (token) => {
      setupToken = token;
    },
  });
  try {
    await app.listen({ port: options.port ?? SERVER_DEFAULTS.port, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  return {
    app,
    url,
    webApp: webRoot !== undefined,
    ...(setupToken === undefined ? {} : { setupUrl: `${url}/setup?token=${setupToken}` }),
    ...(isLoopback(host)
      ? {}
      : {
          exposedWarning: `listening on ${host}: anyone who can reach port ${port} sees the sign-in page. Serve it behind HTTPS (docs/security.md) and list its public name in OPENCJM_ALLOWED_HOSTS.`,
        }),
  };
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
