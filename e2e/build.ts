/** The e2e tests build the web app the same way `npm start` does. */
export { ensureWebBuild, ROOT, WEB_DIST, webBuildIsStale } from '../apps/web/scripts/ensure-build.ts';
