import { z } from 'zod';
import { ApiError, type ApiIssue } from './errors.ts';

/** The error body of the API: `{ error: { code, issues?, params? } }`. */
const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    issues: z.array(z.object({ path: z.unknown(), message: z.string() })).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
});

function issuePath(path: unknown): string {
  return Array.isArray(path) ? path.map(String).join('.') : String(path ?? '');
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `Retry-After` in whole seconds (the delta form the API sends), or undefined. */
function retryAfter(response: Response): number | undefined {
  const value = Number(response.headers.get('retry-after') ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
}

function errorFrom(response: Response, body: unknown): ApiError {
  const status = response.status;
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return new ApiError(status, status === 404 ? 'not-found' : 'http', body);
  const { code, issues = [], params = {} } = parsed.data.error;
  const list: ApiIssue[] = issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
  const wait = retryAfter(response);
  const withWait = wait === undefined || 'retryAfter' in params ? params : { ...params, retryAfter: wait };
  return new ApiError(status, code, body, list, withWait);
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/**
 * Calls `listener` whenever an API call answers 401 `unauthenticated` (no or expired
 * session); the session store signs the app out on it. Returns the unsubscribe function.
 */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Options of {@link request}. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  body?: unknown;
  /** A body sent as it is (a file or part of one) instead of JSON. */
  rawBody?: Blob;
  /** Extra request headers, e.g. `x-share-password`. */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

/**
 * Calls the API and checks the answer against `schema`.
 * @throws {ApiError} for a non-2xx status (with the server's code), an unreachable server
 *   (`network`) or an answer that does not fit the schema (`bad-response`).
 */
export async function request<T>(
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const init: RequestInit = { method: options.method ?? 'GET', signal: options.signal ?? null };
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  } else if (options.rawBody !== undefined) {
    init.body = options.rawBody;
    headers['content-type'] = 'application/octet-stream';
  }
  if (Object.keys(headers).length > 0) init.headers = headers;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(path, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'network', undefined);
    }
    const wait = busyWait(response, init.method ?? 'GET', attempt);
    if (wait === undefined) return readAnswer(path, response, schema);
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
  }
}

/** How many times a read the server is too busy for (503) is asked again. */
const BUSY_RETRIES = 4;

/**
 * Milliseconds to wait before asking again when the server answered a read with 503 (its
 * analysis queue is full or an analysis ran out of time under load): its Retry-After, else
 * 2 s, doubling; undefined when the answer is final.
 */
export function busyWait(
  response: Pick<Response, 'status' | 'headers'>,
  method: string,
  attempt: number,
): number | undefined {
  if (response.status !== 503 || method !== 'GET' || attempt >= BUSY_RETRIES) return undefined;
  const after = Number(response.headers.get('retry-after'));
  return (Number.isFinite(after) && after > 0 ? after * 1000 : 2000) * 2 ** attempt;
}

/**
 * The checked body of an API answer (also for answers to requests not sent by {@link request},
 * such as an upload reporting its progress).
 * @throws {ApiError} as {@link request} does.
 */
export async function readAnswer<T>(path: string, response: Response, schema: z.ZodType<T>): Promise<T> {
  const body = await readJson(response);
  if (!response.ok) {
    const error = errorFrom(response, body);
    if (error.status === 401 && error.code === 'unauthenticated')
      for (const listener of unauthenticatedListeners) listener(error);
    throw error;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.warn(`Unexpected answer from ${path}`, parsed.error.issues);
    throw new ApiError(response.status, 'bad-response', body);
  }
  return parsed.data;
}

/** Whether a GET route exists: false on 404 or when the server is unreachable. */
export async function routeExists(path: string): Promise<boolean> {
  try {
    const response = await fetch(path, { method: 'HEAD' });
    return response.ok;
  } catch {
    return false;
  }
}
