import { InvalidArgumentError } from 'commander';

/** Comma-separated names, trimmed, empties dropped. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A whole number ≥ 1. */
export function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

/** One of `options`. */
export function choice<T extends string>(options: readonly T[]) {
  return (value: string): T => {
    if ((options as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${options.join(', ')}`);
  };
}
