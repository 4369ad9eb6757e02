import { ComparePeriodsResult } from '@opencjm/core';
import { request } from '../../api/http.ts';

/**
 * `GET /api/maps/:id/compare`: a map before and after a date, read by the schema the engine
 * computes it by (@opencjm/core `ComparePeriodsResult`).
 */
export const BeforeAfterAnswer = ComparePeriodsResult;
export type BeforeAfterAnswer = ComparePeriodsResult;

/** The map measured for customers who entered before / from midnight UTC of `date` (YYYY-MM-DD). */
export function getBeforeAfter(mapId: string, date: string, signal?: AbortSignal) {
  const at = encodeURIComponent(`${date}T00:00:00Z`);
  return request(`/api/maps/${encodeURIComponent(mapId)}/compare?at=${at}&window=30d`, BeforeAfterAnswer, {
    ...(signal ? { signal } : {}),
  });
}
