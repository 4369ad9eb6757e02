import { createHash } from 'node:crypto';
import type { JourneyMap } from '@opencjm/core';
import type { FastifyRequest } from 'fastify';

/**
 * What an analysis answer depends on besides the events: the route with its query, and
 * the content of the map it is bound to (a map edit gives new figures at once).
 */
export function analysisKey(request: FastifyRequest, map?: JourneyMap): string {
  const mapHash = map === undefined ? '' : createHash('sha1').update(JSON.stringify(map)).digest('base64url');
  return `${request.method} ${request.url}|${mapHash}`;
}
