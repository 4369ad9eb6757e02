import type { PeriodOption } from '../analytics/options.ts';
import { periodEvents } from '../analytics/source.ts';
import { SqlParams } from '../analytics/sql/params.ts';
import { queryRows } from '../analytics/sql/run.ts';
import type { BindingMap } from '../binding/bound-events.ts';
import { chPeriodEvents } from '../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { placedEventsSql } from './placed-sql.ts';
import { TextRow, textsSql } from './texts-sql.ts';

/**
 * Every distinct customer text with its place (stage, touchpoint) and how many events
 * wrote it, placed as every insight analysis places events (`placedEventsSql`): the one
 * texts query that sentiment, themes, the emotion curve and pain detection share. With a
 * `period`, only the texts written in it.
 */
export async function placedTexts(
  store: EventStore,
  map?: BindingMap,
  period?: PeriodOption,
): Promise<TextRow[]> {
  if (isClickHouseStore(store)) {
    const p = new SqlParams('clickhouse');
    return chRows(
      store,
      textsSql.clickhouse({ relation: placedEventsSql(p, { map }, chPeriodEvents(store, p, period)) }),
      p,
      TextRow,
    );
  }
  const p = new SqlParams('duckdb');
  return queryRows(
    store.conn,
    textsSql.duckdb({ relation: placedEventsSql(p, { map }, periodEvents(p, period)) }),
    p,
    TextRow,
  );
}
