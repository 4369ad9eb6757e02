import type { ApiIssue, ErrorBody } from '../schemas/errors.ts';

/** HTTP statuses the API answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 408 | 409 | 413 | 415 | 421 | 429 | 500 | 503;

/**
 * An error answer: a status and a body whose `error.code` the UI translates. Routes throw
 * it; the error handler sends `body` as it is.
 *
 * @example throw notFound()
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: ErrorStatus,
    readonly body: ErrorBody & { current?: unknown },
    /** `retryAfter`: seconds, sent as the Retry-After header (429, 503). */
    readonly headers: { readonly retryAfter?: number } = {},
  ) {
    super(body.error.code);
  }
}

/** 404 for an id that is not stored. */
export function notFound(): ApiError {
  return new ApiError(404, { error: { code: 'not-found' } });
}

/** 400 with every problem found. */
export function invalid(code: string, issues: ApiIssue[]): ApiError {
  return new ApiError(400, { error: { code, issues } });
}

/** 409; `current` is the stored document and version the client should merge with. */
export function conflict(code: 'version-conflict' | 'id-taken', current?: unknown): ApiError {
  return new ApiError(409, current === undefined ? { error: { code } } : { error: { code }, current });
}

/** 401: no session or key, or one that is not (or no longer) valid. */
export function unauthenticated(code = 'unauthenticated'): ApiError {
  return new ApiError(401, { error: { code } });
}

/** 403: the member's role or the key's scope does not allow this. */
export function forbidden(code = 'forbidden'): ApiError {
  return new ApiError(403, { error: { code } });
}
