import { z } from 'zod';
import type { BindingMap } from '../binding/bound-events.ts';

/** A map to bind events with (touchpoints and stages); optional on every analysis. */
export const MapOption = z
  .custom<BindingMap>((v) => typeof v === 'object' && v !== null && 'touchpoints' in v && 'stages' in v)
  .optional()
  .describe('Journey map whose touchpoint rules label events (see binding/)');

/** An instant as ISO 8601: a date (midnight UTC) or a date and time with an optional offset. */
const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'expected an ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T09:00:00Z',
  })
  .refine(isCalendarDate, { message: 'not a calendar date' });

/** Whether the date part names a day that exists (2026-02-30 does not) and the time parses. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(instantMs(value));
}

/**
 * The events an analysis reads by time: from `from` (included) to `to` (excluded). A
 * customer's journey is cut to the period: what they did before or after it is not read.
 */
export const PeriodOption = z
  .object({ from: Instant.optional(), to: Instant.optional() })
  .refine((p) => p.from === undefined || p.to === undefined || instantMs(p.from) < instantMs(p.to), {
    message: '`from` must be before `to`',
    path: ['to'],
  })
  .optional()
  .describe('Only events from `from` (included) to `to` (excluded)');
export type PeriodOption = z.infer<typeof PeriodOption>;

/** An instant of {@link PeriodOption} as ISO 8601 in UTC; one without an offset is read as UTC. */
export function periodInstant(value: string): string {
  return new Date(instantMs(value)).toISOString();
}

/**
 * The period with both bounds as ISO 8601 UTC instants (see {@link periodInstant}), or
 * undefined for all time: one spelling per period, for cache keys and captions.
 */
export function utcPeriod(period: PeriodOption): { from?: string; to?: string } | undefined {
  if (!hasPeriod(period)) return undefined;
  return {
    ...(period.from === undefined ? {} : { from: periodInstant(period.from) }),
    ...(period.to === undefined ? {} : { to: periodInstant(period.to) }),
  };
}

/** Milliseconds since the epoch of an instant (NaN when it names no time). */
function instantMs(value: string): number {
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) || !value.includes(':') ? value : `${value}Z`;
  return Date.parse(zoned.includes('T') || zoned.includes(' ') ? zoned : `${zoned}T00:00:00Z`);
}

/** Whether `period` limits anything. */
export function hasPeriod(period: PeriodOption): period is { from?: string; to?: string } {
  return period !== undefined && (period.from !== undefined || period.to !== undefined);
}

/** Compares strings by UTF-16 code units, as DuckDB's default collation does for BMP text. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Microseconds to seconds, keeping null. */
export function seconds(us: number | null): number | null {
  return us === null ? null : us / 1e6;
}
