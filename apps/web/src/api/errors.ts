/** One problem the server found in a request, e.g. `{ path: 'title', message: 'Required' }`. */
export interface ApiIssue {
  path: string;
  message: string;
}

/**
 * A refused or failed API call. `code` is the server's error code (`not-found`,
 * `version-conflict` …) or `network`, `bad-response`, `http` for failures without one;
 * the UI translates it, the message is English for the console.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server was not reached. */
    readonly status: number,
    readonly code: string,
    /** The whole decoded response body, e.g. the `current` document of a 409. */
    readonly body: unknown,
    readonly issues: readonly ApiIssue[] = [],
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${status} ${code}`);
  }
}

/** Whether an error is an API error with this status. */
export function isApiStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}
