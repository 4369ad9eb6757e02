/** The OpenCJM HTTP server: REST API with OpenAPI over the workspace database, and the web app. */
export { type BuildServerOptions, buildServer } from './app.ts';
export { seedDemoWorkspace } from './demo/seed.ts';
export {
  closeOnSignals,
  DEFAULT_WEB_ROOT,
  SERVER_DEFAULTS,
  type StartedServer,
  type StartServerOptions,
  startServer,
} from './start.ts';
