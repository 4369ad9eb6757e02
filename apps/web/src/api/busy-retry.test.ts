import { describe, expect, it } from 'vitest';
import { busyWait } from './http.ts';

const answer = (status: number, retryAfter?: string) => ({
  status,
  headers: new Headers(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
});

describe('busyWait', () => {
  it('asks a read again after a 503, by Retry-After and then doubling, four times at most', () => {
    expect(busyWait(answer(503, '5'), 'GET', 0)).toBe(5000);
    expect(busyWait(answer(503), 'GET', 0)).toBe(2000);
    expect(busyWait(answer(503), 'GET', 2)).toBe(8000);
    expect(busyWait(answer(503), 'GET', 4)).toBeUndefined();
  });

  it('never repeats a write or another error', () => {
    expect(busyWait(answer(503), 'POST', 0)).toBeUndefined();
    expect(busyWait(answer(500), 'GET', 0)).toBeUndefined();
    expect(busyWait(answer(200), 'GET', 0)).toBeUndefined();
  });
});
