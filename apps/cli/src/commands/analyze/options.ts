import { InvalidArgumentError } from 'commander';
import type { Ui } from '../../i18n/ui.ts';

/** Comma-separated names, trimmed, empties dropped. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parsers of option values whose errors speak the user's language. */
export function parsers(ui: Ui) {
  const p = ui.t.parse;
  return {
    /** A whole number ≥ 1. */
    count(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(p.wholeNumber);
      return n;
    },
    /** One of `options`. */
    choice<T extends string>(options: readonly T[]) {
      return (value: string): T => {
        if ((options as readonly string[]).includes(value)) return value as T;
        throw new InvalidArgumentError(p.oneOf(options.join(', ')));
      };
    },
  };
}
