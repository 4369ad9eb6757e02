import type { FastifyRequest } from 'fastify';
import { forbidden } from './api-error.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || url === 'null') return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Whether `origin` (an Origin header) is this server's own: its host is the request's host. */
export function isSameOrigin(request: FastifyRequest, origin: string): boolean {
  const host = hostOf(`${request.protocol}://${request.host}`);
  return host !== undefined && hostOf(origin) === host;
}

/**
 * Cross-site request forgery: a write that a browser sends with the session cookie must
 * come from a page of this server. Browsers send `Origin` on every POST, PUT, PATCH and
 * DELETE; its host must be the request's `Host` (else `Referer`'s; `X-Forwarded-Host` behind a trusted proxy). With `cookie` false
 * (a public write such as sign-in) a foreign origin is refused, a missing one accepted.
 * SameSite=Lax on the cookie is the second line.
 */
export function requireSameOrigin(request: FastifyRequest, cookie: boolean): void {
  if (SAFE_METHODS.has(request.method)) return;
  // Both through URL, so default ports compare equal (`localhost:80` is `localhost`).
  const host = hostOf(`${request.protocol}://${request.host}`);
  const origin = hostOf(request.headers.origin) ?? hostOf(request.headers.referer);
  if (origin === undefined) {
    if (cookie) throw forbidden('cross-site-request');
    return;
  }
  if (host === undefined || origin !== host) throw forbidden('cross-site-request');
}
