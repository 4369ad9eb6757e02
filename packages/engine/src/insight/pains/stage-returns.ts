import { z } from 'zod';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import type { DuckDbStore } from '../../store/duckdb.ts';
import { againstOthers, type Candidate } from './finding.ts';
import { stageReturnsSql } from './stage-returns-sql.ts';

const Row = z.object({ stage_no: z.number(), customers: z.number(), returned: z.number() });

/** Customers back at a stage after a later one in the same session, per stage, against the other stages pooled. */
export async function stageReturnCandidates(
  store: DuckDbStore,
  map: BindingMap,
  gapSeconds: number,
): Promise<Candidate[]> {
  const p = new SqlParams('duckdb');
  const sql = stageReturnsSql.duckdb({
    relation: `(${boundEventsSql(map, p)}) AS bound_events`,
    gap: p.value(BigInt(Math.round(gapSeconds * 1e6))),
  });
  const rows = await queryRows(store.conn, sql, p, Row);
  return againstOthers(
    rows.map((r) => ({ ...r, n: r.customers, count: r.returned })),
    (r, baselineN, baselineCount) => ({
      kind: 'stage-return',
      stage: map.stages[r.stage_no - 1]?.id ?? null,
      touchpoint: null,
      n: r.n,
      count: r.count,
      baselineN,
      baselineCount,
      customers: r.customers,
    }),
  );
}
