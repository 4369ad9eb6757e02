import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { seedDemoWorkspace } from './demo/seed.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { installJsonBody } from './http/json-body.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerWebApp } from './http/web-app.ts';
import { createImportJobs } from './imports/jobs.ts';
import { apiRoutes } from './routes/index.ts';
import { openWorkspace } from './store/workspace.ts';

/** How to build the server. */
export interface BuildServerOptions {
  /** Workspace directory holding `opencjm.duckdb` (created when missing), or `':memory:'`. */
  readonly dataDir: string;
  /** Folder of the built web app (`apps/web/dist`); when absent only `/api` is served. */
  readonly webRoot?: string;
  /**
   * Plant the demo workspace when the data directory is empty: true (default) with the
   * shop's event data, `'documents'` for the maps and personas only, false for nothing.
   */
  readonly demo?: boolean | 'documents';
  /** Log requests with fastify's logger (default false). */
  readonly logger?: boolean;
}

/** Largest request body, in bytes: a big map with persona photos as data URIs fits. */
const BODY_LIMIT = 16 * 1024 * 1024;

/**
 * The OpenCJM HTTP server: the REST API under `/api` (OpenAPI at `/api/openapi.json`,
 * Swagger UI at `/api/docs`) over the workspace database, which it owns until closed,
 * and the web app. Not listening yet: call `listen`, or `inject` in tests.
 *
 * @example
 * const app = await buildServer({ dataDir: '.opencjm' });
 * await app.listen({ port: 4173 });
 */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const workspace = await openWorkspace(options.dataDir);
  try {
    const demo = options.demo ?? true;
    if (demo !== false && workspace.fresh) await seedDemoWorkspace(workspace, { events: demo === true });
    const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
    const jobs = createImportJobs(workspace, (error) => app.log.error({ err: error }, 'import failed'));
    app.addHook('onClose', async () => {
      await jobs.idle();
      await workspace.close();
    });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installJsonBody(app);
    installErrorHandler(app);
    await registerOpenApi(app);
    await app.register(apiRoutes, { prefix: '/api', workspace, jobs });
    await registerWebApp(app, options.webRoot);
    return app;
  } catch (error) {
    await workspace.close();
    throw error;
  }
}
