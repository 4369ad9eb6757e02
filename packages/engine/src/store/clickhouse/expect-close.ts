import { expect } from 'vitest';

/**
 * Test helper: deep equality where fractional numbers may differ by `tolerance` relative —
 * sums of doubles taken in another row order on the other store. Keys and integers must be equal.
 */
export function expectClose(actual: unknown, expected: unknown, tolerance = 1e-12, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected)) {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(
      tolerance * Math.max(1, Math.abs(expected)),
    );
    return;
  }
  if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    expect(Object.keys(actual), path).toEqual(Object.keys(expected));
    for (const [key, value] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}
