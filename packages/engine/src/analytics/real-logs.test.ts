import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DuckDbStore, openDuckDbStore } from '../store/duckdb.ts';
import { dfg } from './dfg.ts';
import { EVENT_LOGS_DIR, loadEventLogCsv, withLogsNote } from './real-logs.ts';
import { variants } from './variants.ts';

/**
 * The process-mining convention, computed independently of the SQL: read the CSV by
 * splitting lines (these files have no quoted fields), order each case's events by
 * timestamp with a stable sort (file order for ties), count consecutive pairs and whole
 * sequences.
 */
function reference(file: string) {
  const [header = '', ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const col = header.split(',');
  const [c, a, t] = ['case:concept:name', 'concept:name', 'time:timestamp'].map((n) => col.indexOf(n));
  const cases = new Map<string, { activity: string; us: number }[]>();
  for (const line of lines) {
    const cells = line.split(',');
    const events = cases.get(cells[c as number] as string) ?? [];
    events.push({ activity: cells[a as number] as string, us: micros(cells[t as number] as string) });
    cases.set(cells[c as number] as string, events);
  }
  const edges = new Map<string, number>();
  const sequences = new Map<string, number>();
  const start = new Map<string, number>();
  const end = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const events of cases.values()) {
    const ordered = events.map((e, i) => ({ ...e, i })).sort((x, y) => x.us - y.us || x.i - y.i);
    const names = ordered.map((e) => e.activity);
    for (let i = 1; i < names.length; i++) bump(edges, `${names[i - 1]} → ${names[i]}`);
    bump(sequences, JSON.stringify(names));
    bump(start, names[0] as string);
    bump(end, names.at(-1) as string);
  }
  return { cases: cases.size, edges, sequences, start, end };
}

/** '2011-10-11 13:45:40.276000+02:00' → µs since the epoch. */
function micros(text: string): number {
  const m = /^(\S+) (\d\d:\d\d:\d\d)(?:\.(\d+))?([+-]\d\d:\d\d)$/.exec(text);
  if (!m) throw new Error(`unexpected timestamp ${text}`);
  const fraction = (m[3] ?? '').padEnd(6, '0').slice(0, 6);
  return Date.parse(`${m[1]}T${m[2]}${m[4]}`) * 1000 + Number(fraction);
}

const missing = EVENT_LOGS_DIR === null;
if (missing)
  console.warn('real event logs skipped: ../shared/data/event-logs beside the repository is missing');

describe.each([
  ['running-example.csv', 6],
  ['receipt.csv', 1434],
])('process-mining exactness on %s', (name, cases) => {
  let store: DuckDbStore;
  let expected: ReturnType<typeof reference>;
  beforeAll(async () => {
    if (missing) return;
    const file = join(EVENT_LOGS_DIR as string, name);
    expected = reference(file);
    store = await openDuckDbStore(':memory:');
    await loadEventLogCsv(store, file);
  });
  afterAll(() => store?.close());

  it.skipIf(missing)(withLogsNote('gives every directly-follows edge, start and end count'), async () => {
    const graph = await dfg(store);
    const edges = new Map(graph.edges.map((e) => [`${e.from} → ${e.to}`, e.count]));
    expect(edges).toEqual(expected.edges);
    expect(new Map(Object.entries(graph.start))).toEqual(expected.start);
    expect(new Map(Object.entries(graph.end))).toEqual(expected.end);
  });

  it.skipIf(missing)(withLogsNote('gives every variant with its count, sorted by count'), async () => {
    const result = await variants(store);
    expect(expected.cases).toBe(cases);
    expect(result.total).toBe(cases);
    expect(new Map(result.variants.map((v) => [JSON.stringify(v.activities), v.count]))).toEqual(
      expected.sequences,
    );
    const counts = result.variants.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });
});
