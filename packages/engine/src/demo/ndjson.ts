import type { DemoCustomer } from './customers.ts';
import { isoTime } from './iso-time.ts';
import type { DemoEvent } from './journey/journey.ts';

/** Keys every line carries: the importer learns the columns from the first records. */
export const DEMO_FIELDS = [
  'timestamp',
  'event',
  'anonymous_id',
  'user_id',
  'email',
  'phone',
  'crm_id',
  'channel',
  'source',
  'url',
  'text',
  'score',
  'value',
] as const;

/** Customer attributes written into every event (they land in `properties`). */
export const DEMO_ATTRIBUTES = ['_segment', 'age', 'region', 'device', 'lang'] as const;

/**
 * The attribute part of a customer's lines, serialised once per customer. `_segment` is the
 * generator's ground truth for checking clustering; the leading underscore marks a key that
 * is no customer attribute, so persona discovery does not read it (see personas/features.ts).
 */
export function customerAttributes(c: DemoCustomer): string {
  return `"_segment":"${c.segment}","age":${c.age},"region":${JSON.stringify(c.region)},"device":"${c.device}","lang":"${c.lang}"`;
}

/**
 * One event as a line of NDJSON: the {@link DEMO_FIELDS} (null when absent) then the
 * customer's attributes and the event's own properties, all top-level so that they become
 * `properties.KEY` after import. Built by hand, as it runs millions of times: identifiers,
 * names, channels, sources and URLs come from the generator's own tables and need no JSON
 * escaping (a test parses every line); texts and property values are escaped.
 */
export function eventLine(e: DemoEvent, attributes: string): string {
  let line =
    `{"timestamp":"${isoTime(e.t)}","event":"${e.event}","anonymous_id":${plain(e.anonymousId)}` +
    `,"user_id":${plain(e.userId)},"email":${plain(e.email)},"phone":${plain(e.phone)}` +
    `,"crm_id":${plain(e.crmId)},"channel":"${e.channel}","source":"${e.source}","url":${plain(e.url)}` +
    `,"text":${e.text === undefined ? 'null' : JSON.stringify(e.text)}` +
    `,"score":${e.score ?? 'null'},"value":${e.value ?? 'null'},${attributes}`;
  if (e.props) {
    for (const key in e.props) line += `,"${key}":${JSON.stringify(e.props[key])}`;
  }
  return `${line}}\n`;
}

/** A string that needs no escaping, quoted; or null. */
function plain(value: string | undefined): string {
  return value === undefined ? 'null' : `"${value}"`;
}
