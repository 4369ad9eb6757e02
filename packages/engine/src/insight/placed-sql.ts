import { orderKey } from '../analytics/sql/order-key.ts';
import type { SqlParams } from '../analytics/sql/params.ts';
import { type BindingMap, boundEventsSql } from '../binding/bound-events.ts';

/** How events are placed on a map for the insight analyses. */
export interface Placement {
  /** Binds events to touchpoints and stages by the map's rules. */
  readonly map?: BindingMap | undefined;
  /** A customer attribute read from `properties` (e.g. `segment`), exposed as `attr`. */
  readonly attribute?: string | undefined;
}

/** SQL text of `properties.KEY` (NULL when absent); the key is bound, never spliced. */
export function propertyText(p: SqlParams, key: string, column = 'properties'): string {
  return p.dialect === 'duckdb'
    ? `json_extract_string(${column}, ${p.value(`$."${key.replaceAll('"', '\\"')}"`)})`
    : `nullIf(visitParamExtractString(${column}, ${p.value(key)}), '')`;
}

/**
 * FROM item of placed events: the `customer_events` columns customer_id, ts, seq, event,
 * channel, text, score, value, properties, plus
 * - `stage` / `touchpoint`: what the event says about itself (`properties.stage`,
 *   `properties.touchpoint`, as the survey preset keeps them; a touchpoint given alone
 *   brings its map stage), else — only when it says neither — the map's binding, so an
 *   answer is never half placed by its properties and half by a rule;
 * - `attr`: the attribute `properties.KEY` of the event itself, else the customer's latest
 *   non-null value of it (by ts, then seq) — so a survey answer without the customer's
 *   segment still lands in the segment the CRM gave that customer.
 * Without a map only the properties place events; without an attribute `attr` is NULL.
 * `events` is the FROM item of the stitched events (ClickHouse on a cluster: its view over
 * the shards).
 */
export function placedEventsSql(
  p: SqlParams,
  { map, attribute }: Placement,
  events = 'customer_events',
): string {
  const duck = p.dialect === 'duckdb';
  const text = duck ? 'VARCHAR' : 'Nullable(String)';
  const placed = map
    ? boundEventsSql(map, p, events)
    : `SELECT *, CAST(NULL AS ${text}) AS stage, CAST(NULL AS ${text}) AS touchpoint FROM ${events}`;
  const own = attribute === undefined ? `CAST(NULL AS ${text})` : propertyText(p, attribute, 'e.properties');
  const latest =
    attribute === undefined
      ? ''
      : duck
        ? `LEFT JOIN (SELECT customer_id, arg_max(v, k) AS attr FROM (
            SELECT customer_id, ${propertyText(p, attribute)} AS v, ${orderKey(0, '0')} AS k FROM customer_events)
          WHERE v IS NOT NULL GROUP BY customer_id) AS a ON a.customer_id = e.customer_id`
        : `ALL LEFT JOIN (SELECT customer_id, argMax(v, (t, seq)) AS attr FROM (
            SELECT customer_id, t, seq, ${propertyText(p, attribute)} AS v FROM ${events})
          WHERE v IS NOT NULL GROUP BY customer_id) AS a ON a.customer_id = e.customer_id`;
  const ownStage = propertyText(p, 'stage', 'e.properties');
  const ownTouchpoint = propertyText(p, 'touchpoint', 'e.properties');
  const stageOf = (map?.touchpoints ?? [])
    .filter((t) => t.stage !== undefined)
    .map((t) => `WHEN ${p.value(t.id)} THEN ${p.value(t.stage ?? null)}`);
  const touchpointStage = stageOf.length === 0 ? 'NULL' : `CASE ${ownTouchpoint} ${stageOf.join(' ')} END`;
  // ClickHouse keeps instants as µs in `t` (18.16 has no DateTime64)
  return `(SELECT e.customer_id AS customer_id, ${duck ? 'e.ts AS ts' : 'e.t AS t'}, e.seq AS seq, e.event AS event, e.channel AS channel,
      e.text AS text, e.score AS score, e.value AS value, e.properties AS properties,
      coalesce(${ownStage}, ${touchpointStage}, CASE WHEN ${ownTouchpoint} IS NULL THEN e.stage END) AS stage,
      coalesce(${ownTouchpoint}, CASE WHEN ${ownStage} IS NULL THEN e.touchpoint END) AS touchpoint,
      ${attribute === undefined ? own : `coalesce(${own}, a.attr)`} AS attr
    FROM (${placed}) AS e ${latest}) AS placed`;
}
