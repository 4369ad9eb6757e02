import { z } from 'zod';
import { eventSource } from '../analytics/source.ts';
import { SqlParams } from '../analytics/sql/params.ts';
import { queryRows } from '../analytics/sql/run.ts';
import { valueField } from '../experiments/value-field.ts';
import type { DuckDbStore } from '../store/duckdb.ts';
import { modelCredit } from './models.ts';
import { AttributionOptions, type AttributionResult } from './options.ts';
import { pathsSql } from './sql.ts';

const Row = z.object({
  path: z.array(z.string()),
  conversions: z.number(),
  nulls: z.number(),
  value: z.number(),
  valued: z.number(),
});

/**
 * Which channels (or touchpoints, with a map) earn the conversions, by one model.
 *
 * @example
 * await attribution(store, { conversion: 'purchase', model: 'markov', lookback: '30d' });
 */
export async function attribution(
  store: DuckDbStore,
  options: AttributionOptions,
): Promise<AttributionResult> {
  const o = AttributionOptions.parse(options);
  const p = new SqlParams('duckdb');
  const source = eventSource(p, o.by, o.map);
  const rows = await queryRows(
    store.conn,
    pathsSql({
      ...source,
      conversion: p.matches('event', o.conversion),
      lookback: p.value(BigInt(Math.round(o.lookback * 1e6))),
      value: valueField(p, o.value),
    }),
    p,
    Row,
  );
  const groups = rows.map((r) => ({
    path: r.path,
    conversions: r.conversions,
    nulls: r.nulls,
    value: r.value,
  }));
  const credited = groups.filter((g) => g.path.length > 0);
  const total = credited.reduce((s, g) => s + g.conversions, 0);
  const converted = groups.reduce((s, g) => s + g.conversions, 0);
  const hasValue = rows.some((r) => r.path.length > 0 && r.valued > 0);
  const { credit, removalEffect, conversionProbability } = modelCredit(o.model, credited);
  const channels = [...credit.entries()]
    .map(([channel, c]) => ({
      channel,
      conversions: c.conversions,
      share: total === 0 ? 0 : c.conversions / total,
      revenue: hasValue ? c.value : null,
      removalEffect: removalEffect?.get(channel) ?? null,
    }))
    .sort((a, b) => b.conversions - a.conversions || (a.channel < b.channel ? -1 : 1));
  return {
    conversion: o.conversion,
    model: o.model,
    by: o.by,
    lookbackSeconds: o.lookback,
    customers: groups.reduce((s, g) => s + g.conversions + g.nulls, 0),
    converted,
    unattributed: converted - total,
    total,
    revenue: hasValue ? credited.reduce((s, g) => s + g.value, 0) : null,
    conversionProbability,
    channels,
  };
}
