import type { Permission } from '@opencjm/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorLabel, type Principal, principalPermissions } from '../team/principal.ts';
import type { Team } from '../team/team.ts';
import { forbidden, unauthenticated } from './api-error.ts';
import { requireSameOrigin } from './same-origin.ts';

/** What a route needs: nothing (`public`), or one permission (see `@opencjm/core` roles). */
export type Access = 'public' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on routes that need something else than the default of their method. */
    access?: Access;
  }
  interface FastifyRequest {
    /** Who asks; undefined on a public route without a session. */
    principal: Principal | undefined;
  }
}

/** The session cookie's name. */
export const SESSION_COOKIE = 'opencjm_session';

/** Served by the OpenAPI plugin, which takes no route config: public by this list. */
const PUBLIC_PATHS = ['/api/openapi.json', '/api/docs'];

/**
 * What a request needs. A route's `config.access` when set; else reading (GET, HEAD)
 * needs `read` and anything else `write`. Unknown `/api` paths need `read`, so they
 * answer 401 before 404 and reveal nothing to strangers.
 */
export function accessOf(request: FastifyRequest): Access {
  const configured = request.routeOptions.config?.access;
  if (configured !== undefined) return configured;
  const path = request.url.split('?')[0] ?? '';
  if (PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) return 'public';
  return request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
}

const BEARER = /^Bearer\s+(\S+)$/i;
const BASIC = /^Basic\s+(\S+)$/i;

/** The key of an `Authorization` header: Bearer KEY, or Basic with the key as user (Segment's write key). */
function headerKey(header: string): string | undefined {
  const bearer = BEARER.exec(header)?.[1];
  if (bearer !== undefined) return bearer;
  const basic = BASIC.exec(header)?.[1];
  if (basic === undefined) return undefined;
  const [user = '', password = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
  return user || password || undefined;
}

/** `key` of a parsed body (`sendBeacon` cannot send headers). */
function bodyKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const key = (body as { key?: unknown }).key;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

/** The principal of a request: an API key from `Authorization: Bearer`, else the session cookie. */
async function authenticate(request: FastifyRequest, team: Team): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const key = headerKey(header);
    const found = key === undefined ? undefined : await team.keys.find(key);
    if (found === undefined) throw unauthenticated('invalid-key');
    return { kind: 'key', key: found };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined) return undefined;
  const unsigned = request.unsignCookie(cookie);
  if (!unsigned.valid || unsigned.value === null) return undefined;
  const session = await team.sessions.find(unsigned.value);
  if (session === undefined) return undefined;
  const user = await team.users.byId(session.userId);
  if (user === undefined) return undefined;
  return { kind: 'user', user, token: unsigned.value, expiresAt: session.expiresAt };
}

/**
 * The one guard of the API: every `/api` request passes here before its route runs. It
 * finds who asks, refuses cross-site writes made with a session cookie, and answers 401
 * (no or bad credentials) or 403 (role or key scope too weak) by {@link accessOf}. Routes
 * contain no permission checks of their own.
 */
export function installGuard(app: FastifyInstance, team: Team): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    if (!isApiPath(request.url)) return;
    const access = accessOf(request);
    const principal = await authenticate(request, team);
    request.principal = principal;
    // A collect key may come in the body: checked once the body is read.
    if (access === 'collect' && principal === undefined) return;
    if (principal?.kind === 'user' || access === 'public')
      requireSameOrigin(request, principal?.kind === 'user');
    if (access === 'public') return;
    if (principal === undefined) throw unauthenticated();
    if (!principalPermissions(principal).includes(access)) {
      request.log.info({ actor: actorLabel(principal), access }, 'forbidden');
      throw forbidden();
    }
  });
  // After the body is parsed, before it is validated: a bad body without a key is 401.
  app.addHook('preValidation', async (request) => {
    if (request.principal !== undefined || !isApiPath(request.url) || accessOf(request) !== 'collect') return;
    const key = bodyKey(request.body);
    const found = key === undefined ? undefined : await team.keys.find(key);
    if (found === undefined) throw unauthenticated(key === undefined ? 'unauthenticated' : 'invalid-key');
    request.principal = { kind: 'key', key: found };
    if (!principalPermissions(request.principal).includes('collect')) throw forbidden();
  });
}

/** Whether a URL is under `/api`. */
export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
