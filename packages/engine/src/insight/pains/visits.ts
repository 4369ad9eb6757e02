import { z } from 'zod';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import { chRows, type EventStore, isClickHouseStore } from '../../store/clickhouse/store.ts';
import { againstOthers, type Candidate } from './finding.ts';
import { visitsSql } from './visits-sql.ts';

const Row = z.object({
  touchpoint: z.string(),
  customers: z.number(),
  looping: z.number(),
  stuck: z.number(),
  threshold_us: z.number().nullable(),
});

/**
 * Loops and long visits that end the journey, per touchpoint (see `visitsSql`), each
 * against the other touchpoints pooled. Both are shares of the touchpoint's customers.
 */
export async function visitCandidates(
  store: EventStore,
  map: BindingMap,
  gapSeconds: number,
  repeats: number,
): Promise<Candidate[]> {
  const rows = await visitRows(store, map, gapSeconds, repeats);
  const stageOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.stage ?? null;
  const threshold = rows[0]?.threshold_us;
  // A loop is measured against the other touchpoints of the same stage: where customers
  // explore (catalogue, product pages) repeating is the norm, where they transact (payment)
  // it is not. A stage with one touchpoint is measured against all the others.
  const places = rows.map((r) => ({ ...r, n: r.customers, count: r.looping, stage: stageOf(r.touchpoint) }));
  const loops = places.flatMap((place) => {
    const peers = places.filter((q) => q !== place && q.stage === place.stage);
    const others = peers.length > 0 ? peers : places.filter((q) => q !== place);
    return againstOthers(
      [place, ...others],
      (r, baselineN, baselineCount): Candidate => ({
        kind: 'loop',
        stage: stageOf(r.touchpoint),
        touchpoint: r.touchpoint,
        n: r.n,
        count: r.count,
        baselineN,
        baselineCount,
        customers: r.customers,
        extra: { repeats },
      }),
    ).slice(0, 1);
  });
  const exits = againstOthers(
    rows.map((r) => ({ ...r, n: r.customers, count: r.stuck })),
    (r, baselineN, baselineCount): Candidate => ({
      kind: 'long-dwell-exit',
      stage: stageOf(r.touchpoint),
      touchpoint: r.touchpoint,
      n: r.n,
      count: r.count,
      baselineN,
      baselineCount,
      customers: r.customers,
      extra: threshold == null ? {} : { thresholdSeconds: threshold / 1e6 },
    }),
  );
  return [...loops, ...exits];
}

async function visitRows(
  store: EventStore,
  map: BindingMap,
  gapSeconds: number,
  repeats: number,
): Promise<z.infer<typeof Row>[]> {
  const ch = isClickHouseStore(store);
  const p = new SqlParams(ch ? 'clickhouse' : 'duckdb');
  const parts = {
    relation: `(${boundEventsSql(map, p, ch ? store.tables.customerEvents : undefined)}) AS bound_events`,
    gap: p.value(BigInt(Math.round(gapSeconds * 1e6))),
    repeats: p.value(repeats),
    stages: map.stages.length,
  };
  return ch
    ? chRows(store, visitsSql.clickhouse(parts), p, Row)
    : queryRows(store.conn, visitsSql.duckdb(parts), p, Row);
}
