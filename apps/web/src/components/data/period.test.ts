import { describe, expect, it } from 'vitest';
import { periodFromDates } from './period.ts';

describe('the data views’ period', () => {
  it('includes the last day shown: the API’s `to` is the day after it', () => {
    expect(periodFromDates('2026-01-01', '2026-01-31')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(periodFromDates('', '2026-12-31')).toEqual({ to: '2027-01-01' });
    expect(periodFromDates('2026-03-01', '')).toEqual({ from: '2026-03-01' });
    expect(periodFromDates('', '')).toEqual({});
  });

  it('drops an end before the start instead of asking for an empty period', () => {
    expect(periodFromDates('2026-02-10', '2026-02-01')).toEqual({ from: '2026-02-10' });
  });
});
