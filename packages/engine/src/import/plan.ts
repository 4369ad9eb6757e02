import type { IdentifierType } from '../identity/identifiers.ts';
import type { FieldSource } from './fields.ts';
import { sqlString } from './sql.ts';

/** Event fields an import fills, and the identifier kinds. */
export type CanonicalField =
  | 'timestamp'
  | 'event'
  | 'channel'
  | 'source'
  | 'url'
  | 'text'
  | 'score'
  | 'value'
  | 'event_id'
  | IdentifierType;

/** SQL (VARCHAR) for one event field, with a label for quarantine reasons. */
export interface FieldExpr {
  sql: string;
  /** How a reason names it: `column "time:timestamp"`, `field "timestamp"`. */
  label: string;
  /** Source fields it reads; they are left out of `properties`. */
  uses: string[];
}

/** Where each event field comes from, for one file. */
export type FieldPlan = Partial<Record<CanonicalField, FieldExpr>>;

/** A plain column / JSON field as a {@link FieldExpr}, or undefined when a CSV lacks it. */
export function column(src: FieldSource, name: string): FieldExpr | undefined {
  const real = src.kind === 'csv' ? src.find(name) : name;
  if (real === undefined) return undefined;
  return { sql: src.text(real), label: `${src.kind === 'csv' ? 'column' : 'field'} "${real}"`, uses: [real] };
}

/**
 * The first of several candidate fields. A CSV uses the first column its header has; JSON
 * records differ from one to the next, so every candidate is read and the first non-empty
 * value of each record wins.
 */
export function pick(src: FieldSource, ...names: string[]): FieldExpr | undefined {
  if (src.kind === 'json') {
    return combine(names.map((name) => column(src, name)).filter((e): e is FieldExpr => e !== undefined));
  }
  for (const name of names) {
    const found = column(src, name);
    if (found) return found;
  }
  return undefined;
}

/** First non-empty of several expressions. */
export function combine(exprs: FieldExpr[]): FieldExpr | undefined {
  if (exprs.length <= 1) return exprs[0];
  return {
    sql: `coalesce(${exprs.map((e) => `nullif(trim(${e.sql}), '')`).join(', ')})`,
    label: exprs.map((e) => e.label).join(' or '),
    uses: exprs.flatMap((e) => e.uses),
  };
}

/** The field, or a constant when it is missing or empty. */
export function orConstant(expr: FieldExpr | undefined, constant: string): FieldExpr {
  if (!expr) return { sql: sqlString(constant), label: `"${constant}"`, uses: [] };
  return { ...expr, sql: `coalesce(nullif(trim(${expr.sql}), ''), ${sqlString(constant)})` };
}

/** An expression computed from other fields (`sql` already built by the caller). */
export function derived(sql: string, from: FieldExpr[], label?: string): FieldExpr {
  return { sql, label: label ?? from.map((e) => e.label).join(' / '), uses: from.flatMap((e) => e.uses) };
}
