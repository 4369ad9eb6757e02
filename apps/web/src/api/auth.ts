import { type LoginBody, Me, type PasswordChangeBody, type SetupBody, SetupState } from '@opencjm/core';
import { request } from './http.ts';
import { Ignored } from './schemas.ts';

const base = '/api/auth';

/** Who is signed in; throws a 401 `unauthenticated` ApiError when nobody is. */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return request(`${base}/me`, Me, signal ? { signal } : {});
}

/** Signs in; 401 `invalid-credentials`, 429 `too-many-attempts` (params.retryAfter: seconds). */
export function login(body: LoginBody): Promise<Me> {
  return request(`${base}/login`, Me, { method: 'POST', body });
}

export async function logout(): Promise<void> {
  await request(`${base}/logout`, Ignored, { method: 'POST' });
}

/** Whether the workspace still waits for its first owner. */
export function getSetupState(): Promise<SetupState> {
  return request(`${base}/setup`, SetupState);
}

/** Creates the first owner with the one-time token; signs them in. */
export function setup(body: SetupBody): Promise<Me> {
  return request(`${base}/setup`, Me, { method: 'POST', body });
}

/** Changes the signed-in member's password; 400 `wrong-password` when `current` is wrong. */
export async function changePassword(body: PasswordChangeBody): Promise<void> {
  await request(`${base}/password`, Ignored, { method: 'POST', body });
}
