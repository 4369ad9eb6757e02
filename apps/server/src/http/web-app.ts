import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from './api-error.ts';

/**
 * Serves the built web app from `webRoot`, with the single-page-app fallback: a GET of any
 * path outside `/api` that is not a file gets `index.html`, so client-side routes survive
 * a reload. Without `webRoot`, and under `/api`, unknown paths answer 404 `not-found`.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (webRoot !== undefined) await app.register(fastifyStatic, { root: webRoot, prefix: '/' });
  app.setNotFoundHandler((request, reply) => {
    const page = request.method === 'GET' || request.method === 'HEAD';
    if (webRoot === undefined || !page || isApiPath(request.url)) throw notFound();
    return reply.sendFile('index.html');
  });
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
