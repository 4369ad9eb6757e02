import { z } from 'zod';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import type { BindingMap } from '../../binding/bound-events.ts';
import { chRows, type EventStore, isClickHouseStore } from '../../store/clickhouse/store.ts';
import { placedEventsSql } from '../placed-sql.ts';
import { presenceSql } from './presence-sql.ts';

/** Customers in the workspace, and per stage and touchpoint. */
export interface Presence {
  total: number;
  /** Customers at a touchpoint, else at a stage, else 0. */
  at(stage: string | null, touchpoint: string | null): number;
}

const Row = z.object({
  dim: z.enum(['overall', 'stage', 'touchpoint']),
  name: z.string().nullable(),
  customers: z.number(),
});

/** Counts customers per place, events placed as `placedEventsSql` does. */
export async function presence(store: EventStore, map: BindingMap): Promise<Presence> {
  const rows = await presenceRows(store, map);
  const by = new Map(rows.map((r) => [`${r.dim}:${r.name ?? ''}`, r.customers]));
  return {
    total: by.get('overall:') ?? 0,
    at: (stage, touchpoint) =>
      touchpoint !== null ? (by.get(`touchpoint:${touchpoint}`) ?? 0) : (by.get(`stage:${stage}`) ?? 0),
  };
}

async function presenceRows(store: EventStore, map: BindingMap): Promise<z.infer<typeof Row>[]> {
  if (isClickHouseStore(store)) {
    const p = new SqlParams('clickhouse');
    const relation = placedEventsSql(p, { map }, store.tables.customerEvents);
    return chRows(store, presenceSql.clickhouse({ relation }), p, Row);
  }
  const p = new SqlParams('duckdb');
  return queryRows(store.conn, presenceSql.duckdb({ relation: placedEventsSql(p, { map }) }), p, Row);
}
