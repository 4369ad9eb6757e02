import { z } from 'zod';
import { request } from '../../api/http.ts';

const Side = z.object({
  customers: z.number(),
  conversion: z.number(),
  medianSecondsFromPrevious: z.number().nullable(),
});

/** `GET /api/maps/:id/compare`: a map before and after a date (see the engine's compareMapPeriods). */
export const BeforeAfterAnswer = z.object({
  stages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      a: Side,
      b: Side,
      change: z.object({
        difference: z.number(),
        ci: z.tuple([z.number(), z.number()]),
        significant: z.boolean(),
      }),
    }),
  ),
  kpis: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      stage: z.string(),
      target: z.number(),
      a: z.number(),
      b: z.number(),
      met: z.boolean(),
    }),
  ),
});
export type BeforeAfterAnswer = z.infer<typeof BeforeAfterAnswer>;

/** The map measured for customers who entered before / from midnight UTC of `date` (YYYY-MM-DD). */
export function getBeforeAfter(mapId: string, date: string, signal?: AbortSignal) {
  const at = encodeURIComponent(`${date}T00:00:00Z`);
  return request(`/api/maps/${encodeURIComponent(mapId)}/compare?at=${at}&window=30d`, BeforeAfterAnswer, {
    ...(signal ? { signal } : {}),
  });
}
