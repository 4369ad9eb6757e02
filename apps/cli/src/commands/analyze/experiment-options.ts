import { InvalidArgumentError } from 'commander';

/** A number strictly between 0 and 1, e.g. a significance level. */
export function fraction(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n < 1)) throw new InvalidArgumentError('expected a number between 0 and 1, e.g. 0.05');
  return n;
}

/** A positive number, e.g. a relative lift 0.1. */
export function positive(value: string): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError('expected a positive number, e.g. 0.1');
  return n;
}

/** Planned weights `name=weight,…`, e.g. `control=50,b=50`. */
export function split(value: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const part of value.split(',')) {
    const at = part.lastIndexOf('=');
    const name = part.slice(0, at).trim();
    const weight = Number(part.slice(at + 1));
    if (at <= 0 || name === '' || !(weight > 0)) {
      throw new InvalidArgumentError(`"${part.trim()}" is not name=weight (e.g. control=50,b=50)`);
    }
    weights[name] = weight;
  }
  return weights;
}
