import { z } from 'zod';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import type { DuckDbStore } from '../../store/duckdb.ts';
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
  store: DuckDbStore,
  map: BindingMap,
  gapSeconds: number,
  repeats: number,
): Promise<Candidate[]> {
  const p = new SqlParams('duckdb');
  const sql = visitsSql.duckdb({
    relation: `(${boundEventsSql(map, p)}) AS bound_events`,
    gap: p.value(BigInt(Math.round(gapSeconds * 1e6))),
    repeats: p.value(repeats),
  });
  const rows = await queryRows(store.conn, sql, p, Row);
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
