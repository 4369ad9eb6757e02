import { PeriodOption } from '@opencjm/engine';
import { badRequest } from './analytics-kinds.ts';

/**
 * The period of the `from`/`to` query parameters, or undefined for all time; a 400
 * `bad-period` naming the field when a bound is not an ISO 8601 date or date-time or the
 * bounds are reversed. Every route that reads events over a period (the analytics, a map's
 * figures, an export with data) parses it here, so they refuse the same input the same way.
 */
export function requirePeriod(from: string | undefined, to: string | undefined): PeriodOption {
  if (from === undefined && to === undefined) return undefined;
  const parsed = PeriodOption.safeParse({ from, to });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? 'from');
  throw badRequest('bad-period', field, `${field}: ${issue?.message ?? 'invalid'}`);
}
