import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.ts';

/** Names a loopback server answers to. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

/** Whether `host` (an address to listen on) is reachable only from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/**
 * The host names a server listening on `listenHost` answers to when `OPENCJM_ALLOWED_HOSTS`
 * is not set: the loopback names, and when exposed, this machine's addresses. A domain
 * name (behind a reverse proxy) must be listed in `OPENCJM_ALLOWED_HOSTS`.
 */
export function defaultAllowedHosts(listenHost: string): string[] {
  const hosts: string[] = [...LOOPBACK_HOSTS];
  if (isLoopback(listenHost)) return hosts;
  if (listenHost !== '0.0.0.0' && listenHost !== '::') return [...hosts, listenHost.toLowerCase()];
  for (const list of Object.values(networkInterfaces()))
    for (const address of list ?? []) hosts.push(address.address.toLowerCase());
  return hosts;
}

/** The host name of a `Host` header, without port and IPv6 brackets. */
export function hostName(header: string): string {
  const trimmed = header.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']'));
  return trimmed.replace(/:\d+$/, '');
}

/**
 * DNS rebinding: a page on another site whose name now points here would otherwise talk
 * to this server. Requests whose `Host` is not an allowed name answer 421 and nothing else.
 */
export function installAllowedHosts(app: FastifyInstance, allowed: readonly string[]): void {
  const names = new Set(allowed.map((host) => hostName(host)));
  app.addHook('onRequest', async (request) => {
    // `request.host` is `X-Forwarded-Host` behind a trusted proxy, else `Host`.
    const header = request.host;
    if (header === undefined || header === '' || !names.has(hostName(header)))
      throw new ApiError(421, { error: { code: 'host-not-allowed' } });
  });
}
