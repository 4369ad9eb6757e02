import { JourneyMap, Persona } from '@opencjm/core';
import { z } from 'zod';
import { MapMetrics } from './analytics-schemas.ts';
import { request } from './http.ts';

/** `GET /api/shared/:token`: the shared map, its measured figures and personas. */
export const SharedMap = z.object({
  map: JourneyMap,
  metrics: MapMetrics.nullable().optional(),
  personas: z.array(Persona).default([]),
});
export type SharedMap = z.infer<typeof SharedMap>;

/**
 * The map behind a share link (works signed out).
 * @throws {ApiError} 401 `share-password-required` / `share-password-wrong`; 404 for an
 *   unknown, revoked or expired link.
 */
export function getSharedMap(token: string, password?: string, signal?: AbortSignal): Promise<SharedMap> {
  return request(`/api/shared/${encodeURIComponent(token)}`, SharedMap, {
    ...(password === undefined ? {} : { headers: { 'x-share-password': password } }),
    ...(signal ? { signal } : {}),
  });
}
