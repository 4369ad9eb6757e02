import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../import/index.ts';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dfg } from './dfg.ts';
import { EVENT_LOGS_DIR, withLogsNote } from './real-logs.ts';
import { variants } from './variants.ts';

/**
 * The process-mining convention on an XES log, computed without the importer: walk the
 * XML line by line (OpenXES writes one element per line), take each trace's and event's
 * `concept:name` and the event's `time:timestamp`, order a trace's events by time with a
 * stable sort, count consecutive pairs and whole sequences.
 */
function referenceXes(file: string) {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const attr = (line: string, key: string) =>
    line.includes(`key="${key}"`) ? (/value="([^"]*)"/.exec(line)?.[1] ?? null) : null;
  const traces: { activity: string; ms: number }[][] = [];
  let trace: { activity: string; ms: number }[] | null = null;
  let event: { activity: string; ms: number } | null = null;
  for (const line of lines) {
    const tag = line.trim();
    if (tag === '<trace>') trace = [];
    else if (tag === '</trace>' && trace) traces.push(trace);
    else if (tag === '<event>') event = { activity: '', ms: 0 };
    else if (tag === '</event>' && event) {
      trace?.push(event);
      event = null;
    } else if (event) {
      const name = attr(tag, 'concept:name');
      const time = attr(tag, 'time:timestamp');
      if (name !== null) event.activity = unescapeXml(name);
      if (time !== null) event.ms = Date.parse(time);
    }
  }
  const edges = new Map<string, number>();
  const sequences = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const events of traces) {
    const names = events
      .map((e, i) => ({ ...e, i }))
      .sort((x, y) => x.ms - y.ms || x.i - y.i)
      .map((e) => e.activity);
    for (let i = 1; i < names.length; i++) bump(edges, `${names[i - 1]} → ${names[i]}`);
    bump(sequences, JSON.stringify(names));
  }
  return { cases: traces.length, events: traces.reduce((n, t) => n + t.length, 0), edges, sequences };
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? e,
  );
}

const missing = EVENT_LOGS_DIR === null;

describe('process-mining exactness on bpic2012.xes.gz (through the XES importer)', () => {
  let store: DuckDbStore;
  let expected: ReturnType<typeof referenceXes>;
  beforeAll(async () => {
    if (missing) return;
    const file = join(EVENT_LOGS_DIR as string, 'bpic2012.xes.gz');
    expected = referenceXes(file);
    store = await openDuckDbStore(':memory:');
    await importFiles(store, [file], { preset: 'process-log' });
  }, 120_000);
  afterAll(() => store?.close());

  it.skipIf(missing)(withLogsNote('gives every directly-follows edge and every variant'), async () => {
    expect(expected).toMatchObject({ cases: 13_087, events: 262_200 });
    const graph = await dfg(store);
    expect(new Map(graph.edges.map((e) => [`${e.from} → ${e.to}`, e.count]))).toEqual(expected.edges);
    const result = await variants(store);
    expect(result.total).toBe(expected.cases);
    expect(new Map(result.variants.map((v) => [JSON.stringify(v.activities), v.count]))).toEqual(
      expected.sequences,
    );
  });
});
