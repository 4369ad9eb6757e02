import type { z } from 'zod';
import { isApiStatus } from './errors.ts';
import { request } from './http.ts';

/**
 * The answer of a GET route, or `null` when the route does not exist (404): the UI then
 * shows "no data yet" instead of an error.
 */
export async function requestOptional<T>(
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T | null> {
  try {
    return await request(path, schema, signal ? { signal } : {});
  } catch (error) {
    if (isApiStatus(error, 404)) return null;
    throw error;
  }
}
