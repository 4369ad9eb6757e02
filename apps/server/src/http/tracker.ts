import { readFile } from 'node:fs/promises';
import { repoPath } from '@opencjm/engine';
import type { FastifyInstance } from 'fastify';
import { notFound } from './api-error.ts';

/** The site tracker's source: plain JavaScript, served as it is. */
export const TRACKER_FILE = repoPath(
  'apps/server/src/collect/tracker/tracker.js',
  new URL('../collect/tracker/tracker.js', import.meta.url),
);

/**
 * `GET /tracker.js`: the snippet sites load from this server. Other sites must be able to
 * load it, so it is the one answer marked `Cross-Origin-Resource-Policy: cross-origin`;
 * it holds no data, only code, and is cached for an hour.
 */
export function registerTracker(app: FastifyInstance): void {
  let source: Promise<string> | undefined;
  app.get('/tracker.js', { schema: { hide: true } }, async (_request, reply) => {
    source ??= readFile(TRACKER_FILE, 'utf8');
    const text = await source.catch(() => {
      source = undefined;
      throw notFound();
    });
    return reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', 'public, max-age=3600')
      .send(text);
  });
}
