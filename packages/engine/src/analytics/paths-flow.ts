import { z } from 'zod';
import { chEventSource } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { MapOption, PeriodOption } from './options.ts';
import { flowSql } from './paths-flow-sql.ts';
import { codedSource, Dimension } from './source.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** Options of {@link pathFlow}. */
export const PathFlowOptions = z.object({
  anchor: z.string().min(1).describe('The label to start from (an event name, touchpoint id …)'),
  direction: z.enum(['next', 'previous']).default('next'),
  depth: z.number().int().min(1).max(20).default(3),
  top: z.number().int().min(1).default(5).describe('Labels kept by name per step; the rest are "other"'),
  by: Dimension.default('event'),
  map: MapOption,
  collapse: z.boolean().default(false).describe('Merge consecutive repeats first'),
  period: PeriodOption,
});
export type PathFlowOptions = z.input<typeof PathFlowOptions>;

const NodeKind = z.enum(['label', 'other', 'drop-off']);
const Node = z.object({
  name: z.string().describe('The label, "(other)" or "(drop-off)"'),
  kind: NodeKind.describe('drop-off: the journey has no event there (after its end, or before its start)'),
  customers: z.number().int(),
});

/**
 * Next-step (or previous-step) flows from the first occurrence of the anchor in each
 * journey. Every step's nodes, "other" and "drop-off" included, add up to `customers`,
 * and so do the links out of every step.
 */
export const PathFlowResult = z.object({
  anchor: z.string(),
  direction: z.enum(['next', 'previous']),
  customers: z.number().int().describe('Customers whose journey holds the anchor'),
  steps: z.array(z.object({ step: z.number().int(), nodes: z.array(Node) })),
  links: z.array(
    z.object({
      step: z.number().int().describe('Link from step − 1 to step'),
      from: Node.omit({ customers: true }),
      to: Node.omit({ customers: true }),
      customers: z.number().int(),
    }),
  ),
});
export type PathFlowResult = z.infer<typeof PathFlowResult>;

const Row = z.object({
  j: z.number(),
  name: z.string().nullable(),
  dropped: z.boolean(),
  prev_name: z.string().nullable(),
  prev_dropped: z.boolean(),
  customers: z.number(),
});

/**
 * Computes the flows around an anchor label.
 *
 * @example
 * await pathFlow(store, { anchor: 'add_to_cart', direction: 'next', depth: 3, top: 5 });
 */
export async function pathFlow(store: EventStore, options: PathFlowOptions): Promise<PathFlowResult> {
  const o = PathFlowOptions.parse(options);
  if (isClickHouseStore(store)) {
    const p = new SqlParams('clickhouse');
    const sql = flowSql.clickhouse({
      ctes: [],
      names: '',
      ...chEventSource(store, 'paths', o.by, o.map, p, o.period),
      anchor: p.value(o.anchor),
      direction: o.direction === 'next' ? 1 : -1,
      depth: String(o.depth),
      top: String(o.top),
      collapse: o.collapse,
    });
    return flowResult(o, await chRows(store, sql, p, Row));
  }
  const p = new SqlParams('duckdb');
  const coded = codedSource(p, o.by, o.map, o.period);
  const ids = o.by === 'touchpoint' ? o.map?.touchpoints : o.by === 'stage' ? o.map?.stages : undefined;
  const anchor = ids
    ? p.value(ids.findIndex((x) => x.id === o.anchor) + 1)
    : `(SELECT code FROM dict WHERE name = ${p.value(o.anchor)})`;
  const sql = flowSql.duckdb({
    ...coded,
    column: o.by,
    anchor,
    direction: o.direction === 'next' ? 1 : -1,
    depth: p.value(o.depth),
    top: p.value(o.top),
    collapse: o.collapse,
  });
  return flowResult(o, await queryRows(store.conn, sql, p, Row));
}

function flowResult(o: z.output<typeof PathFlowOptions>, rows: z.infer<typeof Row>[]): PathFlowResult {
  const node = (name: string | null, dropped: boolean) =>
    dropped
      ? { name: '(drop-off)', kind: 'drop-off' as const }
      : name === null
        ? { name: '(other)', kind: 'other' as const }
        : { name, kind: 'label' as const };
  const customers = rows.filter((r) => r.j === 0).reduce((sum, r) => sum + r.customers, 0);
  const links = rows
    .filter((r) => r.j > 0)
    .map((r) => ({
      step: r.j,
      from: node(r.prev_name, r.prev_dropped),
      to: node(r.name, r.dropped),
      customers: r.customers,
    }));
  const steps: PathFlowResult['steps'] = [
    { step: 0, nodes: customers > 0 ? [{ name: o.anchor, kind: 'label', customers }] : [] },
  ];
  for (let step = 1; step <= o.depth; step++) {
    const nodes = new Map<string, z.infer<typeof Node>>();
    for (const link of links.filter((l) => l.step === step)) {
      const key = `${link.to.kind}:${link.to.name}`;
      const seen = nodes.get(key) ?? { ...link.to, customers: 0 };
      nodes.set(key, { ...seen, customers: seen.customers + link.customers });
    }
    const order = { label: 0, other: 1, 'drop-off': 2 };
    steps.push({
      step,
      nodes: [...nodes.values()].sort((a, b) => order[a.kind] - order[b.kind] || b.customers - a.customers),
    });
  }
  return { anchor: o.anchor, direction: o.direction, customers, steps, links };
}
