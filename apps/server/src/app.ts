import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createCollector } from './collect/collector.ts';
import { seedDemoWorkspace } from './demo/seed.ts';
import { installAllowedHosts, LOOPBACK_HOSTS } from './http/allowed-hosts.ts';
import { installBodyIdleTimeout } from './http/body-idle.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { installGuard } from './http/guard.ts';
import { installJsonBody } from './http/json-body.ts';
import { requestLogFields } from './http/log-redaction.ts';
import { registerOpenApi } from './http/openapi.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { registerTracker } from './http/tracker.ts';
import { registerWebApp } from './http/web-app.ts';
import { createImportJobs } from './imports/jobs.ts';
import { apiRoutes } from './routes/index.ts';
import { startMetricsWarmer } from './store/metrics-warmer.ts';
import { openWorkspace } from './store/workspace.ts';
import { openTeam, type TeamOptions } from './team/team.ts';

/** Request limits; see docs/security.md. */
export interface ServerLimits {
  /** Largest JSON body in bytes (default 16 MiB: a big map with persona photos fits). */
  readonly bodyBytes?: number;
  /** Largest event-file upload in bytes (default 4 GiB; `OPENCJM_UPLOAD_LIMIT_MB`). */
  readonly uploadBytes?: number;
  /** A request whose body stops arriving this long is cut off (default 60 s); answers may take longer. */
  readonly idleMs?: number;
  /** Longest time to receive a whole request, upload included (default 1 hour). */
  readonly requestMs?: number;
  /** Collect requests per second one key may send on average, and in a burst (default 50, 200). */
  readonly collectRate?: { readonly perSecond: number; readonly burst: number };
}

/** How to build the server. */
export interface BuildServerOptions extends TeamOptions {
  /** Workspace directory holding `opencjm.duckdb` (created when missing), or `':memory:'`. */
  readonly dataDir: string;
  /** Folder of the built web app (`apps/web/dist`); when absent only `/api` is served. */
  readonly webRoot?: string;
  /**
   * Plant the demo workspace when the data directory is empty: true (default) with the
   * shop's event data, `'documents'` for the maps and personas only, false for nothing.
   */
  readonly demo?: boolean | 'documents';
  /**
   * Fastify's logger (default off): true logs every request; `level: 'warn'` only what went
   * wrong (5xx with its request id, refusals for load). Tokens in URLs are redacted.
   */
  readonly logger?: boolean | { readonly level?: string; readonly stream?: NodeJS.WritableStream };
  /** Host names the server answers to (DNS rebinding); default the loopback names. */
  readonly allowedHosts?: readonly string[];
  /** Trust `X-Forwarded-*` from a reverse proxy (HTTPS, client address); default false. */
  readonly trustProxy?: boolean;
  readonly limits?: ServerLimits;
  /** Called with the one-time setup token when the workspace has no member yet. */
  readonly onSetupToken?: (token: string) => void;
  /**
   * Compute every map's figures ahead of the editors (`store/metrics-warmer.ts`) on start,
   * after new data and after map saves, this many ms after the change (default 1000);
   * false leaves each first request to compute them.
   */
  readonly warmMetricsMs?: number | false;
}

const DEFAULT_LIMITS = {
  bodyBytes: 16 * 1024 * 1024,
  uploadBytes: 4 * 1024 ** 3,
  idleMs: 60_000,
  requestMs: 3_600_000,
  collectRate: { perSecond: 50, burst: 200 },
} as const satisfies Required<ServerLimits>;

/**
 * The OpenCJM HTTP server: the REST API under `/api` (OpenAPI at `/api/openapi.json`,
 * Swagger UI at `/api/docs`) over the workspace database, which it owns until closed,
 * and the web app. Every `/api` route needs a signed-in member or an API key except
 * sign-in, setup, health, the docs and share links (see `http/guard.ts`).
 * Not listening yet: call `listen`, or `inject` in tests.
 *
 * @example
 * const app = await buildServer({ dataDir: '.opencjm', owner: { email, password } });
 * await app.listen({ port: 4173 });
 */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const workspace = await openWorkspace(options.dataDir);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const team = await openTeam(workspace.store, options);
    const token = team.setupToken();
    if (token !== undefined) options.onSetupToken?.(token);
    const demo = options.demo ?? true;
    if (demo !== false && workspace.fresh) await seedDemoWorkspace(workspace, { events: demo === true });
    const app = Fastify({
      logger: loggerOptions(options.logger),
      bodyLimit: limits.bodyBytes,
      requestTimeout: limits.requestMs,
      trustProxy: options.trustProxy ?? false,
    });
    const jobs = createImportJobs(workspace, (error) => app.log.error({ err: error }, 'import failed'));
    const collector = createCollector(workspace, () => workspace.analyses.dataChanged());
    const warmer = startMetricsWarmer(workspace, options.warmMetricsMs ?? 1000, (mapId, error) =>
      app.log.warn({ err: error, mapId }, 'map figures could not be computed ahead'),
    );
    app.addHook('onClose', async () => {
      warmer?.stop();
      await collector.idle();
      await jobs.idle();
      await workspace.close();
    });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installJsonBody(app);
    installErrorHandler(app);
    installBodyIdleTimeout(app, limits.idleMs);
    installAllowedHosts(app, options.allowedHosts ?? LOOPBACK_HOSTS);
    await installSecurityHeaders(app);
    await app.register(fastifyCookie, { secret: team.secret });
    installGuard(app, team);
    await registerOpenApi(app);
    await app.register(apiRoutes, {
      prefix: '/api',
      workspace: warmer ? { ...workspace, maps: warmer.watched(workspace.maps) } : workspace,
      jobs,
      team,
      collector,
      uploadBytes: limits.uploadBytes,
      collectRate: limits.collectRate,
    });
    registerTracker(app);
    await registerWebApp(app, options.webRoot);
    return app;
  } catch (error) {
    await workspace.close();
    throw error;
  }
}

/** Fastify's logger with URLs redacted, or off. */
function loggerOptions(logger: BuildServerOptions['logger']) {
  if (logger === undefined || logger === false) return false;
  const serializers = { req: requestLogFields };
  if (logger === true) return { serializers };
  return {
    serializers,
    level: logger.level ?? 'info',
    ...(logger.stream === undefined ? {} : { stream: logger.stream }),
  };
}
