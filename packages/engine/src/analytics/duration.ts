import { z } from 'zod';
import { AnalyticsError } from './errors.ts';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * Parses a span such as `90s`, `30m`, `12h`, `7d`, `2w` (or a bare number of seconds)
 * into seconds.
 *
 * @example parseDuration('7d') // 604800
 */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text);
  const amount = Number(match?.[1]);
  const unit = UNIT_SECONDS[match?.[2] || 's'];
  if (!match || unit === undefined || !(amount > 0)) {
    throw new AnalyticsError('bad-duration', `"${text}" is not a duration like 30m, 12h or 7d`, { text });
  }
  return amount * unit;
}

/** A positive span in seconds, given as seconds or as text like `7d`. */
export const Duration = z
  .union([z.number().positive(), z.string()])
  .transform((v) => (typeof v === 'number' ? v : parseDuration(v)))
  .describe('Seconds, or text like 30m, 12h, 7d, 2w');
