import { z } from 'zod';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import { chRows, type EventStore, isClickHouseStore } from '../../store/clickhouse/store.ts';
import { againstOthers, type Candidate } from './finding.ts';
import { stageReturnsSql } from './stage-returns-sql.ts';

const Row = z.object({ stage_no: z.number(), customers: z.number(), returned: z.number() });

/** Customers back at a stage after a later one in the same session, per stage, against the other stages pooled. */
export async function stageReturnCandidates(
  store: EventStore,
  map: BindingMap,
  gapSeconds: number,
): Promise<Candidate[]> {
  const rows = await stageReturnRows(store, map, gapSeconds);
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

async function stageReturnRows(
  store: EventStore,
  map: BindingMap,
  gapSeconds: number,
): Promise<z.infer<typeof Row>[]> {
  const ch = isClickHouseStore(store);
  const p = new SqlParams(ch ? 'clickhouse' : 'duckdb');
  const parts = {
    relation: `(${boundEventsSql(map, p, ch ? store.tables.customerEvents : undefined)}) AS bound_events`,
    gap: p.value(BigInt(Math.round(gapSeconds * 1e6))),
    stages: map.stages.length,
  };
  return ch
    ? chRows(store, stageReturnsSql.clickhouse(parts), p, Row)
    : queryRows(store.conn, stageReturnsSql.duckdb(parts), p, Row);
}
