import { describe, expect, it } from 'vitest';
import { openDuckDbStore } from '../../store/duckdb.ts';
import { importFiles } from '../import-files.ts';
import type { ImportOptionsInput } from '../options.ts';
import { rows, tempDir, writeFixture } from '../test-fixtures.ts';

const FIELDS = `SELECT event, customer_ref, list_sort(identifiers) AS ids, channel, source, url, text, score, value
  FROM events ORDER BY seq`;

async function importOne(name: string, content: string, options: ImportOptionsInput) {
  const store = await openDuckDbStore(':memory:');
  const summary = await importFiles(store, [writeFixture(tempDir(), name, content)], {
    stitch: false,
    ...options,
  });
  const stored = await rows(store, FIELDS);
  store.close();
  return { summary, stored };
}

describe('presets', () => {
  it('process-log: case → customer, activity → event, other columns → properties', async () => {
    const csv = [
      'case:concept:name,concept:name,time:timestamp,org:resource,case:channel',
      'case-1,register request,2010-12-30 14:32:00+01:00,Pete,Internet',
    ].join('\n');
    const store = await openDuckDbStore(':memory:');
    await importFiles(store, [writeFixture(tempDir(), 'log.csv', csv)], { preset: 'process-log' });
    expect(
      await rows(
        store,
        `SELECT event, customer_ref, channel, properties::VARCHAR AS p, ts::VARCHAR AS ts FROM events`,
      ),
    ).toEqual([
      {
        event: 'register request',
        customer_ref: 'customer_id:case-1',
        channel: 'Internet',
        p: '{"org:resource":"Pete"}',
        ts: '2010-12-30 13:32:00+00',
      },
    ]);
    store.close();
  });

  it('segment: track, identify and page calls with anonymous id, user id and e-mail', async () => {
    const calls = [
      {
        type: 'page',
        name: 'Catalog',
        anonymousId: 'a-1',
        timestamp: '2026-03-01T10:00:00Z',
        context: { page: { url: 'https://shop.example/catalog' } },
        messageId: 'm1',
      },
      {
        type: 'identify',
        anonymousId: 'a-1',
        userId: 'u-anna',
        traits: { email: 'Anna@Example.com' },
        timestamp: '2026-03-01T10:05:00Z',
        messageId: 'm2',
      },
      {
        type: 'track',
        event: 'Order Completed',
        userId: 'u-anna',
        properties: { revenue: 999.5 },
        timestamp: '2026-03-01T10:20:00Z',
        messageId: 'm3',
        channel: 'web',
      },
    ];
    const { stored } = await importOne('segment.ndjson', calls.map((c) => JSON.stringify(c)).join('\n'), {
      preset: 'segment',
    });
    expect(stored).toMatchObject([
      { event: 'page_view', customer_ref: 'anonymous_id:a-1', url: 'https://shop.example/catalog' },
      {
        event: 'identify',
        customer_ref: 'anonymous_id:a-1',
        ids: ['anonymous_id:a-1', 'email:anna@example.com', 'user_id:u-anna'],
      },
      { event: 'Order Completed', customer_ref: 'user_id:u-anna', value: 999.5, channel: 'web' },
    ]);
  });

  it('ga4: BigQuery export rows with microsecond times and event_params', async () => {
    const row = {
      event_timestamp: '1772348400000000',
      event_name: 'page_view',
      user_pseudo_id: '123.456',
      user_id: null,
      event_params: [
        { key: 'ga_session_id', value: { int_value: 1 } },
        { key: 'page_location', value: { string_value: 'https://shop.example/laptops' } },
      ],
      traffic_source: { medium: 'cpc', source: 'google' },
    };
    const store = await openDuckDbStore(':memory:');
    await importFiles(store, [writeFixture(tempDir(), 'ga4.json', JSON.stringify([row]))], { preset: 'ga4' });
    expect(
      await rows(
        store,
        `SELECT event, customer_ref, url, channel, source, epoch_ms(ts)::BIGINT::VARCHAR AS ms FROM events`,
      ),
    ).toEqual([
      {
        event: 'page_view',
        customer_ref: 'anonymous_id:123.456',
        url: 'https://shop.example/laptops',
        channel: 'cpc',
        source: 'google',
        ms: '1772348400000',
      },
    ]);
    store.close();
  });

  it('crm: stage changes of contacts with CRM id, e-mail and phone', async () => {
    const csv =
      'timestamp,crm_id,email,phone,stage,amount\n2026-03-01T12:00:00Z,CRM-7, Anna@Example.com ,+7 (912) 000-11-22,won,1200\n';
    const { stored } = await importOne('crm.csv', csv, { preset: 'crm' });
    expect(stored).toMatchObject([
      {
        event: 'won',
        customer_ref: 'email:anna@example.com',
        ids: ['crm_id:CRM-7', 'email:anna@example.com', 'phone:+79120001122'],
        channel: 'crm',
        value: 1200,
      },
    ]);
  });

  it('email: campaign events become email_* events with the campaign as source', async () => {
    const csv =
      'timestamp,email,campaign,event,url\n2026-03-01T09:00:00Z,anna@example.com,spring-sale,open,\n2026-03-01T09:01:00Z,anna@example.com,spring-sale,click,https://shop.example/sale\n';
    const { stored } = await importOne('email.csv', csv, { preset: 'email' });
    expect(stored).toMatchObject([
      { event: 'email_open', source: 'spring-sale', channel: 'email' },
      { event: 'email_click', url: 'https://shop.example/sale' },
    ]);
  });

  it('support: ticket subject and message become the text', async () => {
    const csv =
      'timestamp,customer_id,ticket_id,subject,message,status\n2026-03-04T08:00:00Z,anna,T-1,Broken screen,"The laptop arrived with a crack",open\n';
    const { stored } = await importOne('support.csv', csv, { preset: 'support' });
    expect(stored).toMatchObject([
      { event: 'support_ticket', text: 'Broken screen\nThe laptop arrived with a crack', channel: 'support' },
    ]);
  });

  it('survey: score and comment, with stage and touchpoint kept in properties', async () => {
    const csv =
      'timestamp,customer_id,score,comment,stage,touchpoint,question\n2026-03-05T08:00:00Z,anna,9,Быстрая доставка,purchase,tp-site,nps\n';
    const store = await openDuckDbStore(':memory:');
    await importFiles(store, [writeFixture(tempDir(), 'nps.csv', csv)], { preset: 'survey' });
    expect(
      await rows(store, `SELECT event, score, text, properties->>'touchpoint' AS tp FROM events`),
    ).toEqual([{ event: 'survey_response', score: 9, text: 'Быстрая доставка', tp: 'tp-site' }]);
    store.close();
  });
});
