import { InvalidArgumentError } from 'commander';
import type { Ui } from '../../i18n/ui.ts';

/** Parsers of the experiment's options, their errors in the user's language. */
export function experimentParsers(ui: Ui) {
  const p = ui.t.parse;
  return {
    /** A number strictly between 0 and 1, e.g. a significance level. */
    fraction(value: string): number {
      const n = Number(value);
      if (!(n > 0 && n < 1)) throw new InvalidArgumentError(p.fraction);
      return n;
    },
    /** A positive number, e.g. a relative lift 0.1. */
    positive(value: string): number {
      const n = Number(value);
      if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError(p.positive);
      return n;
    },
    /** Planned weights `name=weight,…`, e.g. `control=50,b=50`. */
    split(value: string): Record<string, number> {
      const weights: Record<string, number> = {};
      for (const part of value.split(',')) {
        const at = part.lastIndexOf('=');
        const name = part.slice(0, at).trim();
        const weight = Number(part.slice(at + 1));
        if (at <= 0 || name === '' || !(weight > 0)) throw new InvalidArgumentError(p.notWeight(part.trim()));
        weights[name] = weight;
      }
      return weights;
    },
  };
}
