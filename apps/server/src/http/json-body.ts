import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies as usual (with fastify's prototype-poisoning checks), except that an empty
 * body is no body: clients may send `Content-Type: application/json` on a bodiless POST
 * such as `/api/maps/:id/future`.
 */
export function installJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parse(request, text, done);
  });
}
