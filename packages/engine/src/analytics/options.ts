import { z } from 'zod';
import type { BindingMap } from '../binding/bound-events.ts';

/** A map to bind events with (touchpoints and stages); optional on every analysis. */
export const MapOption = z
  .custom<BindingMap>((v) => typeof v === 'object' && v !== null && 'touchpoints' in v && 'stages' in v)
  .optional()
  .describe('Journey map whose touchpoint rules label events (see binding/)');

/** Compares strings by UTF-16 code units, as DuckDB's default collation does for BMP text. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Microseconds to seconds, keeping null. */
export function seconds(us: number | null): number | null {
  return us === null ? null : us / 1e6;
}
