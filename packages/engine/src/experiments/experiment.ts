import { z } from 'zod';
import { AnalyticsError } from '../analytics/errors.ts';
import { SqlParams } from '../analytics/sql/params.ts';
import { queryRows } from '../analytics/sql/run.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import { evaluateExperiment } from './evaluate.ts';
import { ExperimentOptions, type ExperimentResult } from './options.ts';
import { experimentSql } from './sql.ts';
import { propertyField, valueField } from './value-field.ts';

const Row = z.object({
  kind: z.enum(['variant', 'mixed', 'unlabelled']),
  variant: z.string().nullable(),
  customers: z.number(),
  conversions: z.number(),
  value_mean: z.number().nullable(),
  value_variance: z.number().nullable(),
});

/**
 * Evaluates an A/B (or A/B/n) experiment from the event store: who was exposed to which
 * variant, who reached the goal after it, and the statistics of docs/experiments.md.
 *
 * @example
 * await experiment(store, { exposure: 'experiment_viewed', variantProperty: 'variant',
 *   control: 'control', goal: 'purchase', window: '14d', value: 'value' });
 */
export async function experiment(store: DuckDbStore, options: ExperimentOptions): Promise<ExperimentResult> {
  const o = ExperimentOptions.parse(options);
  const p = new SqlParams('duckdb');
  const sql = experimentSql({
    exposure: p.matches('event', o.exposure),
    variant: propertyField(p, o.variantProperty),
    goal: p.matches('event', o.goal),
    window: o.window === undefined ? null : p.value(BigInt(Math.round(o.window * 1e6))),
    value: o.value === undefined ? null : valueField(p, o.value),
  });
  const rows = await queryRows(store.conn, sql, p, Row);
  const counts = rows
    .filter((r) => r.kind === 'variant')
    .map((r) => ({
      name: r.variant ?? '',
      customers: r.customers,
      conversions: r.conversions,
      value: o.value === undefined ? null : { mean: r.value_mean ?? 0, variance: r.value_variance ?? 0 },
    }));
  if (!counts.some((c) => c.name === o.control)) {
    const seen = counts.map((c) => `"${c.name}"`).join(', ') || 'none';
    throw new AnalyticsError(
      'unknown-variant',
      `control "${o.control}": no customer's "${o.exposure}" event has ${o.variantProperty} = "${o.control}" (variants seen: ${seen})`,
      { control: o.control, variants: seen },
    );
  }
  let evaluated: ReturnType<typeof evaluateExperiment>;
  try {
    evaluated = evaluateExperiment(counts, o);
  } catch (error) {
    if (error instanceof RangeError) throw new AnalyticsError('bad-plan', error.message);
    throw error;
  }
  const excluded = (kind: string) => rows.find((r) => r.kind === kind)?.customers ?? 0;
  return {
    exposure: o.exposure,
    goal: o.goal,
    variantProperty: o.variantProperty,
    control: o.control,
    windowSeconds: o.window ?? null,
    valueField: o.value ?? null,
    alpha: o.alpha,
    ...evaluated,
    excluded: { mixed: excluded('mixed'), unlabelled: excluded('unlabelled') },
  };
}
