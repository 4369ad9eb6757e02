import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { previewImport } from './preview.ts';

const dir = mkdtempSync(join(tmpdir(), 'opencjm-preview-test-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('previewImport', () => {
  it('shows a CSV’s columns, first rows and where each field would come from', async () => {
    const csv = [
      'time,event,user_id,url',
      '2026-01-01T10:00:00Z,page_view,anna,/a',
      '2026-01-01T10:05:00Z,purchase,anna,/b',
    ].join('\n');
    const preview = await previewImport(file('shop.csv', csv));
    expect(preview).toMatchObject({
      format: 'csv',
      gzip: false,
      columns: ['time', 'event', 'user_id', 'url'],
      suggestedPreset: null,
    });
    expect(preview.rows).toEqual([
      { time: '2026-01-01T10:00:00Z', event: 'page_view', user_id: 'anna', url: '/a' },
      { time: '2026-01-01T10:05:00Z', event: 'purchase', user_id: 'anna', url: '/b' },
    ]);
    expect(preview.mapping).toMatchObject({
      timestamp: ['time'],
      event: ['event'],
      user_id: ['user_id'],
      url: ['url'],
    });
  });

  it('applies a mapping as an import would', async () => {
    const csv = 'when,what,client\n2026-01-01,visit,c1\n';
    const preview = await previewImport(file('crm.csv', csv), {
      mapping: { timestamp: 'when', event: 'what', customer_id: 'client' },
    });
    expect(preview.mapping).toMatchObject({ timestamp: ['when'], event: ['what'], customer_id: ['client'] });
  });

  it('reads the beginning of a gzip file cut off in the middle, and a cut-off last line', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({
        messageId: `m${i}`,
        type: 'track',
        event: 'Viewed',
        anonymousId: `a${i}`,
        timestamp: '2026-01-01T10:00:00Z',
        context: { page: { url: '/p' } },
      }),
    ).join('\n');
    const gz = gzipSync(lines);
    const preview = await previewImport(file('segment.ndjson.gz', gz.subarray(0, Math.floor(gz.length / 2))));
    expect(preview).toMatchObject({ format: 'ndjson', gzip: true, suggestedPreset: null });
    expect(preview.rows).toHaveLength(20);
    expect(preview.columns).toEqual(expect.arrayContaining(['messageId', 'context.page.url']));
    const segment = await previewImport(file('segment2.ndjson', lines.slice(0, 3000)), { preset: 'segment' });
    expect(segment.mapping).toMatchObject({
      event_id: ['messageId'],
      anonymous_id: ['anonymousId'],
      url: ['context.page.url'],
    });
  });

  it('reads the records of a JSON array and recognises a process log', async () => {
    const json = JSON.stringify([
      { 'case:concept:name': 'c1', 'concept:name': 'Register', 'time:timestamp': '2026-01-01T10:00:00Z' },
    ]);
    const preview = await previewImport(file('log.json', json));
    expect(preview).toMatchObject({ format: 'json', suggestedPreset: 'process-log' });
    expect(preview.rows[0]).toMatchObject({ 'concept:name': 'Register' });
  });
});
