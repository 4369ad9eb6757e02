import { TimelineEvent, TimelineResult } from '@opencjm/core';
import { z } from 'zod';
import { identifierOf } from '../identity/identifiers.ts';
import { chEventSource } from '../store/clickhouse/source.ts';
import { type EventStore, isClickHouseStore } from '../store/clickhouse/store.ts';
import { chTimelineRow } from '../store/clickhouse/timeline.ts';
import { AnalyticsError } from './errors.ts';
import { limitDepth } from './limit-depth.ts';
import { MapOption } from './options.ts';
import { eventSource } from './source.ts';
import type { DialectSql } from './sql/dialect.ts';
import { SqlParams } from './sql/params.ts';
import { queryRows } from './sql/run.ts';

/** The answer's schema lives in @opencjm/core, shared with the server, CLI and web app. */
export { TimelineEvent, TimelineResult };

/** Options of {@link timeline}. */
export const TimelineOptions = z.object({
  customer: z.string().min(1).describe('A stitched customer id, or any identifier of theirs (type:value)'),
  map: MapOption,
});
export type TimelineOptions = z.input<typeof TimelineOptions>;

interface Parts {
  relation: string;
  customer: string;
  bound: boolean;
}

/** The customer (resolved from any stitched identifier), their identifiers and events in order. */
export const timelineSql: DialectSql<Parts> = {
  duckdb: ({ relation, customer, bound }) => `
    WITH target AS (
      SELECT coalesce((SELECT min(customer_id) FROM identity WHERE identifier = ${customer}), ${customer}) AS id)
    SELECT (SELECT id FROM target) AS customer,
      (SELECT list(DISTINCT identifier ORDER BY identifier) FROM (
        SELECT identifier FROM identity WHERE customer_id = (SELECT id FROM target)
        UNION ALL SELECT customer_ref FROM events WHERE customer_ref = (SELECT id FROM target))) AS identifiers,
      list({'ts': ts, 'event': event, 'channel': channel, 'source': source, 'url': url, 'text': text,
        'score': score, 'value': value, 'properties': CAST(properties AS VARCHAR), 'identifier': customer_ref,
        'touchpoint': ${bound ? 'touchpoint' : 'NULL::VARCHAR'}, 'stage': ${bound ? 'stage' : 'NULL::VARCHAR'},
        'importId': import_id, 'line': line} ORDER BY ts, seq) AS events
    FROM ${relation} WHERE customer_id = (SELECT id FROM target)`,
  // ClickHouse: the events only; `chTimelineRow` resolves the customer and identifiers first
  clickhouse: ({ relation, customer }) => `
    SELECT t, event, channel, source, url, text, score, value, properties, customer_ref AS identifier,
      import_id AS importId, line
    FROM ${relation} WHERE customer_id = ${customer}
    ORDER BY t, seq`,
};

const Row = z.object({
  customer: z.string(),
  identifiers: z.array(z.string()).nullable(),
  events: z.array(TimelineEvent.extend({ properties: z.string().nullable() })).nullable(),
});

/**
 * Reads one customer's timeline. `customer` may be the stitched id or any identifier that
 * was stitched into it; an unknown one is an `unknown-customer` error.
 *
 * @example
 * const { identifiers, events } = await timeline(store, { customer: 'email:anna@example.com' });
 */
export async function timeline(store: EventStore, options: TimelineOptions): Promise<TimelineResult> {
  const o = TimelineOptions.parse(options);
  const p = new SqlParams('duckdb');
  let row: z.infer<typeof Row> | undefined;
  if (isClickHouseStore(store)) {
    chEventSource(store, 'timeline', 'event', o.map); // refuses a map
    const events = (relation: string, customer: string) =>
      timelineSql.clickhouse({ relation, customer, bound: false });
    row = Row.parse(await chTimelineRow(store, identifierOf(o.customer), events));
  } else {
    const source = eventSource(p, 'event', o.map);
    const sql = timelineSql.duckdb({
      relation: source.relation,
      customer: p.value(identifierOf(o.customer)),
      bound: !!o.map,
    });
    [row] = await queryRows(store.conn, sql, p, Row);
  }
  const events = row?.events ?? [];
  if (!row || (events.length === 0 && (row.identifiers ?? []).length === 0)) {
    throw new AnalyticsError('unknown-customer', `no customer or identifier "${o.customer}"`, {
      customer: o.customer,
    });
  }
  return {
    customer: row.customer,
    identifiers: row.identifiers ?? [],
    events: events.map((e) => ({
      ...e,
      properties:
        e.properties === null ? null : (limitDepth(JSON.parse(e.properties)) as Record<string, unknown>),
    })),
  };
}
