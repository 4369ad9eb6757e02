import { mean, standardDeviation } from 'simple-statistics';
import type { AttributeSpec, CustomerRow } from './features.ts';

/** What a feature column measures, for describing clusters in words. */
export type FeatureKind = 'activity' | 'channel' | 'numeric' | 'category';

/** One column of the clustering matrix, with the raw values it came from. */
export interface FeatureColumn {
  /** `events`, `days`, `value`, `dwell`, `furthest`, `channel:NAME`, `KEY` or `KEY=VALUE`. */
  readonly id: string;
  readonly kind: FeatureKind;
  /** Activity name, channel, or attribute key. */
  readonly key: string;
  /** The category of a one-hot column. */
  readonly category?: string;
  /** Per customer: count, seconds, stage number, share of events, number, or 0/1; NaN when unknown. */
  readonly raw: readonly number[];
  /** Per customer, as the distance sees it (see {@link featureMatrix}). */
  readonly scaled: readonly number[];
}

const MAX_CHANNELS = 8;
const MAX_VALUES = 8;

/**
 * The clustering matrix, k-prototypes-like through one-hot coding: counts, value and dwell
 * are log1p-transformed (they are heavy-tailed) and every numeric column standardised (z,
 * unknowns at the mean, a constant column all 0); each categorical value becomes a 0/1
 * column scaled by 1/√2, so two customers differing in one attribute are as far apart as
 * one standard deviation of a numeric feature. Channels: share of the customer's events,
 * for the eight busiest channels; categories: the eight commonest values per attribute.
 */
export function featureMatrix(
  customers: readonly CustomerRow[],
  attributes: readonly AttributeSpec[],
  withStages: boolean,
): FeatureColumn[] {
  const columns: FeatureColumn[] = [];
  const numeric = (id: string, kind: FeatureKind, key: string, raw: number[], log: boolean) =>
    columns.push({ id, kind, key, raw, scaled: standardise(raw.map((x) => (log ? Math.log1p(x) : x))) });
  numeric(
    'events',
    'activity',
    'events',
    customers.map((c) => c.events),
    true,
  );
  numeric(
    'days',
    'activity',
    'days',
    customers.map((c) => c.days),
    true,
  );
  numeric(
    'value',
    'activity',
    'value',
    customers.map((c) => c.value),
    true,
  );
  numeric(
    'dwell',
    'activity',
    'dwell',
    customers.map((c) => (c.median_dwell_us === null ? Number.NaN : c.median_dwell_us / 1e6)),
    true,
  );
  if (withStages)
    numeric(
      'furthest',
      'activity',
      'furthest',
      customers.map((c) => c.furthest ?? 0),
      false,
    );
  for (const channel of commonest(
    customers.flatMap((c) => (c.channels ?? []).map((x) => [x.channel, x.n] as const)),
    MAX_CHANNELS,
  )) {
    const share = customers.map(
      (c) => ((c.channels ?? []).find((x) => x.channel === channel)?.n ?? 0) / c.events,
    );
    numeric(`channel:${channel}`, 'channel', channel, share, false);
  }
  attributes.forEach((a, i) => {
    const values = customers.map((c) => c.attributes[i] ?? null);
    if (a.numeric) {
      numeric(
        a.key,
        'numeric',
        a.key,
        values.map((v) => (v === null ? Number.NaN : Number(v))),
        false,
      );
      return;
    }
    for (const category of commonest(
      values.flatMap((v) => (v === null ? [] : [[v, 1] as const])),
      MAX_VALUES,
    )) {
      const raw = values.map((v) => (v === category ? 1 : 0));
      columns.push({
        id: `${a.key}=${category}`,
        kind: 'category',
        key: a.key,
        category,
        raw,
        scaled: raw.map((x) => x / Math.SQRT2),
      });
    }
  });
  return columns;
}

/** The matrix rows (one per customer) of the columns' scaled values. */
export function rowsOf(columns: readonly FeatureColumn[], count: number): number[][] {
  return Array.from({ length: count }, (_, i) => columns.map((c) => c.scaled[i] ?? 0));
}

/** z-scores (population sd); NaN (unknown) becomes 0, the mean; a constant column all 0. */
function standardise(values: readonly number[]): number[] {
  const known = values.filter((x) => !Number.isNaN(x));
  if (known.length === 0) return values.map(() => 0);
  const m = mean(known);
  const sd = standardDeviation(known);
  return values.map((x) => (Number.isNaN(x) || sd === 0 ? 0 : (x - m) / sd));
}

/** The `limit` keys with the largest totals (ties by name). */
function commonest(pairs: readonly (readonly [string, number])[], limit: number): string[] {
  const totals = new Map<string, number>();
  for (const [key, n] of pairs) totals.set(key, (totals.get(key) ?? 0) + n);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key]) => key);
}
