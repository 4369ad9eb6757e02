import type { FastifyRequest } from 'fastify';

/**
 * A request URL as logs may show it: share-link tokens and `token=` / `key=` query values
 * replaced by `[redacted]`. Passwords travel only in bodies and cookies/keys only in
 * headers, neither of which the request log records.
 */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/(?:api\/)?shared\/)[^/?#]+/g, '$1[redacted]')
    .replace(/([?&](?:token|key|password)=)[^&#]*/gi, '$1[redacted]');
}

/** The request log line's fields (fastify's own, with the URL redacted). */
export function requestLogFields(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.headers.host,
    remoteAddress: request.ip,
  };
}
