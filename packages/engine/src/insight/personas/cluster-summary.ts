import { type Language, PersonaCluster } from '@opencjm/core';
import { median } from 'simple-statistics';
import { wilson } from '../../stats/wilson.ts';
import { distinguishing } from './describe.ts';
import type { AttributeSpec, CustomerRow } from './features.ts';
import type { FeatureColumn } from './matrix.ts';
import { personaDraft } from './persona-draft.ts';

export { PersonaCluster };

/** A channel is preferred by a cluster from this mean share of its customers' events. */
const PREFERRED_SHARE = 0.15;

/** What a cluster is summarised from. */
export interface ClusterInput {
  /** 0-based cluster number. */
  index: number;
  /** Row indexes of its customers. */
  members: readonly number[];
  customers: readonly CustomerRow[];
  columns: readonly FeatureColumn[];
  attributes: readonly AttributeSpec[];
  /** Stages of the map (0 without one). */
  stages: number;
  language: Language;
  withMembers: boolean;
}

/**
 * Describes one cluster: size, conversion, reach of the last stage, preferred channels (mean
 * share of events ≥ 15%, top 3), typical attributes, distinguishing features, persona draft.
 */
export function summarizeCluster(x: ClusterInput): PersonaCluster {
  const { members, columns, language } = x;
  const rows = members.map((i) => x.customers[i] as CustomerRow);
  const share = (count: number) => ({
    customers: count,
    rate: count / rows.length,
    ci: wilson(count, rows.length),
  });
  const channels = columns
    .filter((col) => col.kind === 'channel')
    .map((col) => ({
      channel: col.key,
      share: members.reduce((s, i) => s + (col.raw[i] ?? 0), 0) / members.length,
    }))
    .filter((c) => c.share >= PREFERRED_SHARE)
    .sort((a, b) => b.share - a.share || (a.channel < b.channel ? -1 : 1))
    .slice(0, 3);
  const typical = typicalAttributes(x.attributes, rows);
  const cluster = x.index + 1;
  return {
    cluster,
    size: rows.length,
    share: rows.length / x.customers.length,
    distinguishing: distinguishing(columns, members, language),
    converted: share(rows.filter((r) => r.converted).length),
    reachedLastStage: x.stages === 0 ? null : share(rows.filter((r) => r.furthest === x.stages).length),
    channels,
    attributes: typical,
    persona: personaDraft(
      { cluster, channels: channels.map((c) => c.channel), attributes: typical },
      language,
    ),
    ...(x.withMembers ? { members: rows.map((r) => r.customer_id) } : {}),
  };
}

/** Per attribute: the median of a numeric one, the commonest value (ties by name) of another. */
function typicalAttributes(attributes: readonly AttributeSpec[], rows: readonly CustomerRow[]) {
  const typical: Record<string, string | number> = {};
  attributes.forEach((a, i) => {
    const values = rows.flatMap((r) => (r.attributes[i] == null ? [] : [r.attributes[i] as string]));
    if (values.length === 0) return;
    if (a.numeric) {
      typical[a.key] = median(values.map(Number));
      return;
    }
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const [mode] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0] ?? [];
    if (mode !== undefined) typical[a.key] = mode;
  });
  return typical;
}
