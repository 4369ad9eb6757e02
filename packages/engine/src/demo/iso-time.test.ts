import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time.ts';
import { Random } from './random.ts';

describe('isoTime', () => {
  it('writes what toISOString writes', () => {
    const random = new Random(1);
    const times = [0, 999, 86_399_999, 86_400_000, Date.parse('2024-02-29T23:59:59.999Z')];
    for (let i = 0; i < 1000; i++) times.push(Math.floor(random.between(0, 4_102_444_800_000)));
    for (const t of times) expect(isoTime(t)).toBe(new Date(t).toISOString());
  });
});
