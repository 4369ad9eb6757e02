import { z } from 'zod';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import { type BindingMap, boundEventsSql } from '../../binding/bound-events.ts';
import {
  type ClickHouseStore,
  chRows,
  type EventStore,
  isClickHouseStore,
} from '../../store/clickhouse/store.ts';
import { propertyText } from '../placed-sql.ts';
import { attributeKeysSql } from './attribute-keys-sql.ts';
import { featuresSql } from './features-sql.ts';

/** A customer attribute read from `properties`. */
export interface AttributeSpec {
  readonly key: string;
  /** Every value is a number: standardised; otherwise one-hot. */
  readonly numeric: boolean;
}

const CustomerRow = z.object({
  customer_id: z.string(),
  events: z.number(),
  days: z.number(),
  value: z.number(),
  furthest: z.number().nullable(),
  converted: z.boolean(),
  median_dwell_us: z.number().nullable(),
  channels: z.array(z.object({ channel: z.string(), n: z.number() })).nullable(),
  attributes: z.array(z.string().nullable()),
});
export type CustomerRow = z.infer<typeof CustomerRow>;

const KeyRow = z.object({
  key: z.string(),
  customers: z.number(),
  non_numeric: z.number(),
  distinct_values: z.number(),
});

/** Property keys that place events or name a question: never customer attributes. */
const NOT_ATTRIBUTES = ['stage', 'touchpoint', 'question'];
/** Auto-detected attributes: present for at least this share of customers … */
const MIN_COVERAGE = 0.2;
/** … and, when categorical, with at most this many values (more looks like an id). */
const MAX_CATEGORIES = 12;
const MAX_AUTO_ATTRIBUTES = 8;

/** Options of {@link customerFeatures}. */
export interface FeatureOptions {
  map?: BindingMap | undefined;
  /** Attribute keys; default: detected (see MIN_COVERAGE, MAX_CATEGORIES). */
  attributes?: readonly string[] | undefined;
  /** Event name (`*` wildcards) that counts as converting. */
  conversion: string;
  gapSeconds: number;
}

/** Per-customer features (see `featuresSql`) and the attributes they hold, in order. */
export async function customerFeatures(
  store: EventStore,
  o: FeatureOptions,
): Promise<{ attributes: AttributeSpec[]; customers: CustomerRow[] }> {
  const { keys, total } = await attributeKeys(store);
  const attributes: AttributeSpec[] = o.attributes
    ? o.attributes.map((key) => ({ key, numeric: (keys.find((r) => r.key === key)?.non_numeric ?? 1) === 0 }))
    : keys
        .filter(
          (r) =>
            r.customers >= MIN_COVERAGE * total &&
            (r.non_numeric === 0 || r.distinct_values <= MAX_CATEGORIES),
        )
        .slice(0, MAX_AUTO_ATTRIBUTES)
        .map((r) => ({ key: r.key, numeric: r.non_numeric === 0 }));
  if (isClickHouseStore(store)) return { attributes, customers: await chCustomers(store, o, attributes) };
  const p = new SqlParams('duckdb');
  const relation = o.map
    ? `(${boundEventsSql(o.map, p)}) AS bound_events`
    : '(SELECT *, NULL::INTEGER AS stage_no FROM customer_events) AS customer_events';
  const sql = featuresSql.duckdb({
    relation,
    converted: p.matches('event', o.conversion),
    gap: p.value(BigInt(Math.round(o.gapSeconds * 1e6))),
    attributes: attributes.map((a) => propertyText(p, a.key)),
  });
  return { attributes, customers: await queryRows(store.conn, sql, p, CustomerRow) };
}

async function attributeKeys(store: EventStore): Promise<{ keys: z.infer<typeof KeyRow>[]; total: number }> {
  const k = new SqlParams(isClickHouseStore(store) ? 'clickhouse' : 'duckdb');
  const excluded = k.list(NOT_ATTRIBUTES);
  if (isClickHouseStore(store)) {
    const events = store.tables.customerEvents;
    const keys = await chRows(store, attributeKeysSql.clickhouse({ excluded, events }), k, KeyRow);
    const count = await chRows(
      store,
      `SELECT uniqExact(customer_id) AS n FROM ${events}`,
      null,
      z.object({ n: z.number() }),
    );
    return { keys, total: count[0]?.n ?? 0 };
  }
  const keys = await queryRows(
    store.conn,
    attributeKeysSql.duckdb({ excluded, events: 'customer_events' }),
    k,
    KeyRow,
  );
  const count = await store.conn.runAndReadAll(
    'SELECT count(DISTINCT customer_id) AS n FROM customer_events',
  );
  return { keys, total: Number(count.getRowObjectsJS()[0]?.n ?? 0) };
}

const ChCustomerRow = CustomerRow.omit({ channels: true }).extend({
  converted: z.number(),
  channel_counts: z.array(z.tuple([z.string(), z.number()])),
});

/** The rows of `featuresSql` on ClickHouse, in the shape DuckDB gives them. */
async function chCustomers(
  store: ClickHouseStore,
  o: FeatureOptions,
  attributes: readonly AttributeSpec[],
): Promise<CustomerRow[]> {
  const p = new SqlParams('clickhouse');
  const events = store.tables.customerEvents;
  const relation = o.map
    ? `(${boundEventsSql(o.map, p, events)}) AS bound_events`
    : `(SELECT *, CAST(NULL AS Nullable(UInt32)) AS stage_no FROM ${events}) AS customer_events`;
  const sql = featuresSql.clickhouse({
    relation,
    converted: p.matches('event', o.conversion),
    gap: p.value(BigInt(Math.round(o.gapSeconds * 1e6))),
    attributes: attributes.map((a) => chPropertyValue(p, a.key)),
  });
  const rows = await chRows(store, sql, p, ChCustomerRow);
  return rows.map((r) => ({
    customer_id: r.customer_id,
    events: r.events,
    days: r.days,
    value: r.value,
    furthest: r.furthest,
    converted: r.converted === 1,
    median_dwell_us: r.median_dwell_us,
    channels: r.channel_counts.length === 0 ? null : r.channel_counts.map(([channel, n]) => ({ channel, n })),
    attributes: r.attributes,
  }));
}

/**
 * ClickHouse text of `properties.KEY` as DuckDB's `json_extract_string` gives it: a string
 * unescaped, a number or boolean as written, NULL when absent or null.
 */
function chPropertyValue(p: SqlParams, key: string): string {
  const k = p.value(key);
  const raw = `visitParamExtractRaw(ifNull(properties, ''), ${k})`;
  return `multiIf(${raw} IN ('', 'null'), NULL, substring(${raw}, 1, 1) = '"',
    visitParamExtractString(ifNull(properties, ''), ${k}), ${raw})`;
}
