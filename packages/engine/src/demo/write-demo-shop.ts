import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { makeCustomer } from './customers.ts';
import { DAY } from './journey/journey.ts';
import { customerJourney } from './journey/run.ts';
import { LineWriter } from './line-writer.ts';
import { customerAttributes, eventLine } from './ndjson.ts';
import { DemoShopOptions, type DemoShopSummary } from './options.ts';
import { Random } from './random.ts';
import { DEMO_SEGMENTS, type DemoSegment } from './segments.ts';

/**
 * Writes the demo laptop shop's events as NDJSON that `importFiles` reads without options:
 * invented customers of four behavioural segments travelling the stages of the example map
 * "Buying a laptop online" across ads, e-mail, website, app, store, support, surveys and
 * reviews — with the problems of `DEMO_PLANTED_PROBLEMS` planted in them.
 *
 * `target` is the file, or a directory (an existing one, or a path without extension) that
 * gets `events.ndjson`. Deterministic: the same seed and `until` give byte-identical files,
 * and another `until` shifts every time by the difference and nothing else. Customers are
 * generated and written one at a time, so memory stays flat for any number of them.
 *
 * @example
 * const summary = await writeDemoShop('demo', { customers: 3000, seed: 1, until: new Date('2026-03-01') });
 * await importFiles(store, [summary.file]);
 */
export async function writeDemoShop(target: string, options: DemoShopOptions): Promise<DemoShopSummary> {
  const opts = DemoShopOptions.parse(options);
  const file = eventsFile(target);
  mkdirSync(dirname(file), { recursive: true });
  const until = opts.until.getTime();
  const out = createWriteStream(file);
  const lines = new LineWriter(out);
  const segments = Object.fromEntries(DEMO_SEGMENTS.map((s) => [s, 0])) as Record<DemoSegment, number>;
  const eventNames: Record<string, number> = {};
  let events = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  try {
    for (let n = 1; n <= opts.customers; n++) {
      const random = Random.forItem(opts.seed, n);
      const customer = makeCustomer(n, random);
      segments[customer.segment]++;
      const start = until - random.between(3 * DAY, 90 * DAY);
      const attributes = customerAttributes(customer);
      for (const event of customerJourney(customer, random, start)) {
        // A journey still going on at `until` is cut there, as real data would be.
        if (event.t > until) break;
        lines.push(eventLine(event, attributes));
        events++;
        eventNames[event.event] = (eventNames[event.event] ?? 0) + 1;
        if (event.t < first) first = event.t;
        if (event.t > last) last = event.t;
      }
      if (lines.full) await lines.flush();
    }
    await lines.flush();
    out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    throw error;
  }
  const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : null);
  return {
    file,
    customers: opts.customers,
    events,
    first: iso(first),
    last: iso(last),
    segments,
    eventNames,
  };
}

/** The events file for `target`: itself, or `events.ndjson` inside a directory. */
function eventsFile(target: string): string {
  const isDir = statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? extname(target) === '';
  return isDir ? join(target, 'events.ndjson') : target;
}
