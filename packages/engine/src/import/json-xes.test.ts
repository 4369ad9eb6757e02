import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../store/duckdb.ts';
import { importFiles } from './import-files.ts';
import { rows, tempDir, writeFixture } from './test-fixtures.ts';

const ANNA_EVENTS = [
  {
    timestamp: '2026-03-01T10:00:00+03:00',
    customer_id: 'anna',
    event: 'ad_click',
    channel: 'ads',
    campaign: 'spring',
  },
  { timestamp: '2026-03-01T10:05:00+03:00', customer_id: 'anna', event: 'page_view', channel: 'web' },
];

const XES = `<?xml version="1.0" encoding="UTF-8" ?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
  <trace>
    <string key="concept:name" value="case-1"/>
    <string key="AMOUNT_REQ" value="5000"/>
    <event>
      <string key="concept:name" value="A_SUBMITTED"/>
      <date key="time:timestamp" value="2011-10-01T00:38:44.546+02:00"/>
      <string key="org:resource" value="112"/>
    </event>
    <event>
      <string key="concept:name" value="A_PARTLYSUBMITTED"/>
      <date key="time:timestamp" value="2011-10-01T00:38:44.546+02:00"/>
    </event>
  </trace>
  <trace>
    <event>
      <string key="concept:name" value="A_DECLINED"/>
      <date key="time:timestamp" value="2011-10-02T09:00:00.000+02:00"/>
    </event>
    <string key="concept:name" value="case-2"/>
  </trace>
</log>`;

describe('JSON and XES import', () => {
  it('imports NDJSON, keeping unmapped fields as properties and quarantining a bad line', async () => {
    const store = await openDuckDbStore(':memory:');
    const lines = [...ANNA_EVENTS.map((e) => JSON.stringify(e)), '', '{"timestamp": oops', '[1, 2]'];
    const summary = await importFiles(store, [writeFixture(tempDir(), 'events.ndjson', lines.join('\n'))]);
    expect(summary).toMatchObject({ read: 4, accepted: 2, quarantined: 2, duplicates: 0 });
    expect(await rows(store, 'SELECT event, properties::VARCHAR AS p FROM events ORDER BY seq')).toEqual([
      { event: 'ad_click', p: '{"campaign":"spring"}' },
      { event: 'page_view', p: null },
    ]);
    expect(await rows(store, 'SELECT line::INTEGER AS line, reason FROM quarantine ORDER BY line')).toEqual([
      { line: 4, reason: 'not valid JSON' },
      { line: 5, reason: 'not a JSON object' },
    ]);
    store.close();
  });

  it('imports a JSON array, a gzip-compressed one and one with a BOM', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const json = JSON.stringify(ANNA_EVENTS, null, 2);
    const plain = writeFixture(dir, 'events.json', json);
    const gz = writeFixture(dir, 'more.json.gz', json);
    const bom = writeFixture(dir, 'bom.json', `\uFEFF${json}`);
    const summary = await importFiles(store, [plain, gz, bom]);
    expect(summary.files.map((f) => [f.format, f.accepted])).toEqual([
      ['json', 2],
      ['json', 2],
      ['json', 2],
    ]);
    store.close();
  });

  it('quarantines only the broken element of a JSON array and keeps the records around it', async () => {
    const store = await openDuckDbStore(':memory:');
    const good = (event: string) => JSON.stringify({ ...ANNA_EVENTS[1], event });
    const file = `[${good('a')},\n {"a": ],\n${good('b')}]`;
    const summary = await importFiles(store, [writeFixture(tempDir(), 'broken.json', file)]);
    expect(summary).toMatchObject({ read: 3, accepted: 2, quarantined: 1 });
    expect(await rows(store, 'SELECT line::INTEGER AS line, raw, reason FROM quarantine')).toEqual([
      { line: 2, raw: '{"a": ]', reason: 'not valid JSON' },
    ]);
    store.close();
  });

  it('imports XES and .xes.gz: trace name is the customer, trace attributes go to properties', async () => {
    const store = await openDuckDbStore(':memory:');
    const dir = tempDir();
    const summary = await importFiles(store, [writeFixture(dir, 'log.xes', XES)]);
    expect(summary).toMatchObject({ read: 3, accepted: 3, quarantined: 0 });
    expect(
      await rows(
        store,
        `SELECT customer_ref, event, epoch_ms(ts)::BIGINT::VARCHAR AS ms, line::INTEGER AS line,
           properties->>'case:AMOUNT_REQ' AS amount, properties->>'org:resource' AS resource
         FROM events ORDER BY seq`,
      ),
    ).toEqual([
      {
        customer_ref: 'customer_id:case-1',
        event: 'A_SUBMITTED',
        ms: String(Date.parse('2011-09-30T22:38:44.546Z')),
        line: 7,
        amount: '5000',
        resource: '112',
      },
      {
        customer_ref: 'customer_id:case-1',
        event: 'A_PARTLYSUBMITTED',
        ms: String(Date.parse('2011-09-30T22:38:44.546Z')),
        line: 12,
        amount: '5000',
        resource: null,
      },
      {
        customer_ref: 'customer_id:case-2',
        event: 'A_DECLINED',
        ms: String(Date.parse('2011-10-02T07:00:00Z')),
        line: 18,
        amount: null,
        resource: null,
      },
    ]);
    const gz = await importFiles(store, [writeFixture(dir, 'log.xes.gz', XES)]);
    expect(gz).toMatchObject({ read: 3, accepted: 3, files: [{ format: 'xes' }] });
    store.close();
  });

  it('quarantines a broken trace end and an event left outside any trace, then reads on', async () => {
    const store = await openDuckDbStore(':memory:');
    const broken = XES.replace('</trace>\n  <trace>', '</trace>\n  <trace><event></trace>');
    const summary = await importFiles(store, [writeFixture(tempDir(), 'broken.xes', broken)]);
    expect(summary).toMatchObject({ read: 4, accepted: 2, quarantined: 2 });
    expect(await rows(store, 'SELECT line::INTEGER AS line, reason FROM quarantine ORDER BY line')).toEqual([
      { line: 17, reason: 'event is not well-formed XML: no </event>' },
      { line: 18, reason: 'event outside any trace' },
    ]);
    store.close();
  });
});
