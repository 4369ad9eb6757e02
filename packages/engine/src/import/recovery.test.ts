import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { rows, tempDir, writeFixture } from './test-fixtures.ts';

/** XES and JSON readers recover after an error: only the broken element is quarantined. */
const event = (name: string, time: string) => `    <event>
      <string key="concept:name" value="${name}"/>
      <date key="time:timestamp" value="${time}"/>
    </event>`;
const trace = (name: string, events: string[]) =>
  `  <trace>\n    <string key="concept:name" value="${name}"/>\n${events.join('\n')}\n  </trace>`;
const log = (traces: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" ?>\n<log xes.version="1.0">\n${traces.join('\n')}\n</log>\n`;
const T = '2011-10-01T00:38:44.546+02:00';
const GOOD_XES = log([
  trace('case-1', [event('A', T), event('B', T), event('C', T)]),
  trace('case-2', [event('D', T), event('E', T)]),
]);

const record = (i: number) =>
  JSON.stringify({ timestamp: `2026-03-01T10:00:0${i % 10}Z`, customer_id: `c${i}`, event: `e${i}` });
const GOOD_ARRAY = `[\n${Array.from({ length: 6 }, (_, i) => record(i)).join(',\n')}\n]\n`;

const quarantine = (store: Awaited<ReturnType<typeof openDuckDbStore>>) =>
  rows(store, 'SELECT line::INTEGER AS line, raw, reason FROM quarantine ORDER BY line');

describe('XES recovery', () => {
  it('quarantines only a broken event and reads the rest of the trace and the log', async () => {
    const store = await openDuckDbStore(':memory:');
    const broken = GOOD_XES.replace('value="B"/>', 'value="B">');
    const summary = await importFiles(store, [writeFixture(tempDir(), 'b.xes', broken)]);
    expect(summary).toMatchObject({ read: 5, accepted: 4, quarantined: 1 });
    expect(await rows(store, 'SELECT event, customer_ref FROM events ORDER BY seq')).toEqual(
      ['A', 'C', 'D', 'E'].map((e) => ({
        event: e,
        customer_ref: `customer_id:case-${'AC'.includes(e) ? 1 : 2}`,
      })),
    );
    const bad = await quarantine(store);
    expect(bad).toEqual([
      {
        line: 9,
        raw: expect.stringMatching(/^<event>\s+<string key="concept:name" value="B">/),
        reason: expect.stringMatching(/^event is not well-formed XML: /),
      },
    ]);
    store.close();
  });

  it('keeps the complete events of a log cut off mid-event and reports the cut', async () => {
    const store = await openDuckDbStore(':memory:');
    const cut = GOOD_XES.slice(0, GOOD_XES.indexOf('value="E"'));
    const summary = await importFiles(store, [writeFixture(tempDir(), 'cut.xes', cut)]);
    expect(summary).toMatchObject({ read: 7, accepted: 4, quarantined: 3 });
    expect((await quarantine(store)).map((r) => [r.line, r.reason])).toEqual([
      [18, 'trace is not well-formed XML: unclosed tag: trace'],
      [24, 'event is not well-formed XML: no </event>'],
      [25, 'the log ends without </log>: the file is cut short'],
    ]);
    store.close();
  });
});

describe('JSON recovery', () => {
  it('keeps the complete records of a JSON array cut off mid-record', async () => {
    const store = await openDuckDbStore(':memory:');
    const cut = GOOD_ARRAY.slice(0, GOOD_ARRAY.indexOf('"e4"'));
    const summary = await importFiles(store, [writeFixture(tempDir(), 'cut.json', cut)]);
    expect(summary).toMatchObject({ read: 5, accepted: 4, quarantined: 1 });
    expect(await quarantine(store)).toEqual([
      {
        line: 5,
        raw: expect.stringMatching(/^\{"timestamp":"2026-03-01T10:00:04Z"/),
        reason: 'not valid JSON',
      },
    ]);
    store.close();
  });

  it('reads a sequence of JSON documents with a broken one in the middle', async () => {
    const store = await openDuckDbStore(':memory:');
    const docs = `{\n "timestamp": "2026-03-01T10:00:00Z",\n "customer_id": "a", "event": "x"}\n{"timestamp": oops}\n{"timestamp": "2026-03-01T10:00:01Z", "customer_id": "b", "event": "y"}\n`;
    const summary = await importFiles(store, [writeFixture(tempDir(), 'docs.json', docs)]);
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect((await quarantine(store)).map((r) => [r.line, r.raw])).toEqual([[2, '{"timestamp": oops}']]);
    store.close();
  });

  it('quarantines a JSON record longer than the limit with a prefix and SHA-256', async () => {
    const store = await openDuckDbStore(':memory:');
    const big = JSON.stringify({
      timestamp: '2026-03-01T10:00:00Z',
      customer_id: 'z',
      event: 'e',
      text: 'x'.repeat(20_000),
    });
    const file = `[${record(0)},${big}, ${record(1)}`;
    const summary = await importFiles(store, [writeFixture(tempDir(), 'big.json', file)], {
      maxLineBytes: 4096,
    });
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect((await quarantine(store)).map((r) => [r.line, String(r.raw).length, r.reason])).toEqual([
      [
        2,
        1024,
        expect.stringMatching(
          /^record of 20\d\d\d characters is longer than the limit of 4096 \(maxLineBytes\); kept: its first 1024 characters, SHA-256 [0-9a-f]{64}$/,
        ),
      ],
    ]);
    store.close();
  });
});

describe('truncated files of every format', () => {
  it('stops on a gzip file cut short, whatever the format inside, storing nothing', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const csv = `timestamp,customer_id,event\n${Array.from({ length: 3000 }, (_, i) => `2026-03-01T10:00:00Z,c${i},e`).join('\n')}`;
    const ndjson = Array.from({ length: 3000 }, (_, i) => record(i)).join('\n');
    const array = `[${Array.from({ length: 3000 }, (_, i) => record(i)).join(',')}]`;
    const xes = log(
      Array.from({ length: 300 }, (_, i) => trace(`case-${i}`, [event('A', T), event('B', T)])),
    );
    for (const [name, text] of [
      ['a.csv', csv],
      ['a.ndjson', ndjson],
      ['a.json', array],
      ['a.xes', xes],
    ]) {
      const gz = gzipSync(text ?? '');
      const path = writeFixture(dir, name ?? '', gz.subarray(0, gz.length - 40));
      await expect(importFiles(store, [path])).rejects.toThrow(
        /the gzip data is cut short at compressed byte/,
      );
    }
    expect(await rows(store, 'SELECT count(*)::INTEGER AS n FROM events')).toEqual([{ n: 0 }]);
    store.close();
  });

  it('quarantines a JSON record nested deeper than the limit; brackets inside strings do not count', async () => {
    const store = await openDuckDbStore(':memory:');
    const base = '"timestamp":"2026-03-01T10:00:00Z","customer_id":"d","event":"e"';
    const deep = `{${base},"p":${'{"a":'.repeat(70)}1${'}'.repeat(70)}}`;
    const brackets = `{${base},"p":"${'[{'.repeat(100)}"}`;
    const shallow = `{${base},"p":{"q":[1,[2,{"r":3}]]}}`;
    const file = [deep, brackets, shallow].join('\n');
    const summary = await importFiles(store, [writeFixture(tempDir(), 'deep.ndjson', file)]);
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect((await quarantine(store)).map((r) => [r.line, r.reason])).toEqual([
      [1, 'nested deeper than 64 levels (maxDepth)'],
    ]);
    const strict = await importFiles(store, [writeFixture(tempDir(), 'deep2.ndjson', file)], { maxDepth: 3 });
    expect(strict).toMatchObject({ read: 3, accepted: 1, quarantined: 2 });
    store.close();
  });

  it('quarantines the cut-off last line of a CSV or NDJSON file', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const csvText = `timestamp,customer_id,event\n2026-03-01T10:00:00Z,a,x\n2026-03-01T10:00:01Z,b,y\n`;
    const csv = await importFiles(store, [writeFixture(dir, 'cut.csv', csvText.slice(0, -6))]);
    expect(csv).toMatchObject({ read: 2, accepted: 1, quarantined: 1 });
    const ndText = `${record(1)}\n${record(2)}\n${record(3)}\n`;
    const nd = await importFiles(store, [writeFixture(dir, 'cut.ndjson', ndText.slice(0, -10))]);
    expect(nd).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect(
      await rows(store, 'SELECT source, line::INTEGER AS line, reason FROM quarantine ORDER BY source'),
    ).toEqual([
      {
        source: 'cut.csv',
        line: 3,
        reason: 'wrong number of fields: Expected Number of Columns: 3 Found: 1',
      },
      { source: 'cut.ndjson', line: 3, reason: 'not valid JSON' },
    ]);
    store.close();
  });

  it('quarantines binary junk inside an XES log or a JSON array and keeps every good record', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const junk = Buffer.from(
      Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256).filter((b) => b !== 10),
    );
    const xesAt = GOOD_XES.indexOf('<event>', GOOD_XES.indexOf('value="B"'));
    const xes = Buffer.concat([
      Buffer.from(GOOD_XES.slice(0, xesAt)),
      junk,
      Buffer.from(GOOD_XES.slice(xesAt)),
    ]);
    const xesSummary = await importFiles(store, [writeFixture(dir, 'junk.xes', xes)], { encoding: 'utf-8' });
    expect(xesSummary.read).toBe(xesSummary.accepted + xesSummary.quarantined);
    expect(xesSummary.accepted).toBeGreaterThanOrEqual(4);
    expect(xesSummary.quarantined).toBeGreaterThanOrEqual(1);
    const arrayAt = GOOD_ARRAY.indexOf(record(3));
    const array = Buffer.concat([
      Buffer.from(GOOD_ARRAY.slice(0, arrayAt)),
      junk,
      Buffer.from(`,${GOOD_ARRAY.slice(arrayAt)}`),
    ]);
    const jsonSummary = await importFiles(store, [writeFixture(dir, 'junk.json', array)], {
      encoding: 'utf-8',
    });
    // The junk's own commas and brackets may cut it into several bad records; all are counted.
    expect(jsonSummary.accepted).toBe(6);
    expect(jsonSummary.quarantined).toBeGreaterThanOrEqual(1);
    expect(jsonSummary.read).toBe(jsonSummary.accepted + jsonSummary.quarantined);
    store.close();
  });
});
