import type { JourneyMap } from '@opencjm/core';
import type { DuckDbStore } from '../store/duckdb.ts';
import { SqlParams } from './sql/params.ts';

/** One event of a story, as an importer would have written it. */
export interface StoryEvent {
  /** The identifier that brought the event, 'type:value'. */
  readonly who: string;
  /** ISO 8601 instant with zone. */
  readonly at: string;
  readonly event: string;
  readonly channel?: string;
  readonly source?: string;
  readonly url?: string;
  readonly text?: string;
  readonly score?: number;
  readonly value?: number;
  readonly properties?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * The shop story used by tests and demos, in arrival order (seq):
 * - Anna finds the shop by an ad, compares laptops on the site, comes back from a
 *   newsletter the next day, buys, and a week later writes a review — on her phone, then
 *   by email, then logged in: three identifiers stitched into customer `anna`;
 * - Boris looks at the home page and the phone catalogue, and leaves;
 * - Chen clicks an ad, puts a laptop in the cart, and buys only nine days later;
 * - Dana opens a newsletter, puts a laptop in the cart, asks in the chat twice and opens a
 *   support ticket about paying by card; she never buys.
 */
export const SHOP_STORY: readonly StoryEvent[] = [
  {
    who: 'anonymous_id:chen-web',
    at: '2026-03-01T09:00:00+03:00',
    event: 'ad_click',
    channel: 'ads',
    source: 'search-ads',
  },
  {
    who: 'anonymous_id:chen-web',
    at: '2026-03-01T09:02:00+03:00',
    event: 'page_view',
    channel: 'website',
    url: '/catalog/laptops',
  },
  {
    who: 'anonymous_id:chen-web',
    at: '2026-03-01T09:10:00+03:00',
    event: 'add_to_cart',
    channel: 'website',
    properties: { device: 'desktop' },
  },
  {
    who: 'anonymous_id:anna-web',
    at: '2026-03-02T10:00:00+03:00',
    event: 'ad_click',
    channel: 'ads',
    source: 'social-ads',
    url: '/landing/laptops',
  },
  {
    who: 'anonymous_id:anna-web',
    at: '2026-03-02T10:01:00+03:00',
    event: 'page_view',
    channel: 'website',
    url: '/catalog/laptops',
  },
  {
    who: 'anonymous_id:anna-web',
    at: '2026-03-02T10:05:00+03:00',
    event: 'product_view',
    channel: 'website',
    url: '/catalog/laptops/x1',
  },
  {
    who: 'anonymous_id:boris-web',
    at: '2026-03-02T11:00:00+03:00',
    event: 'page_view',
    channel: 'website',
    url: '/',
  },
  {
    who: 'anonymous_id:boris-web',
    at: '2026-03-02T11:03:00+03:00',
    event: 'page_view',
    channel: 'website',
    url: '/catalog/phones',
  },
  {
    who: 'anonymous_id:anna-web',
    at: '2026-03-02T10:12:00+03:00',
    event: 'product_view',
    channel: 'website',
    url: '/catalog/laptops/x2',
  },
  {
    who: 'email:anna@example.com',
    at: '2026-03-03T20:00:00+03:00',
    event: 'email_open',
    channel: 'email',
    source: 'newsletter',
  },
  {
    who: 'anonymous_id:anna-web',
    at: '2026-03-03T20:02:00+03:00',
    event: 'page_view',
    channel: 'website',
    url: '/catalog/laptops',
  },
  {
    who: 'user_id:1001',
    at: '2026-03-03T20:04:00+03:00',
    event: 'add_to_cart',
    channel: 'website',
    properties: { device: 'mobile' },
  },
  {
    who: 'user_id:1001',
    at: '2026-03-03T20:10:00+03:00',
    event: 'purchase',
    channel: 'website',
    value: 1500,
  },
  {
    who: 'email:dana@example.com',
    at: '2026-03-04T08:00:00+03:00',
    event: 'email_open',
    channel: 'email',
    source: 'newsletter',
  },
  {
    who: 'email:dana@example.com',
    at: '2026-03-04T08:05:00+03:00',
    event: 'page_view',
    channel: 'website',
    url: '/catalog/laptops',
  },
  {
    who: 'email:dana@example.com',
    at: '2026-03-04T08:07:00+03:00',
    event: 'add_to_cart',
    channel: 'website',
    properties: { device: 'mobile' },
  },
  {
    who: 'email:dana@example.com',
    at: '2026-03-04T08:20:00+03:00',
    event: 'chat_message',
    channel: 'chat',
    text: 'Can I pay by card?',
  },
  {
    who: 'email:dana@example.com',
    at: '2026-03-04T08:45:00+03:00',
    event: 'chat_message',
    channel: 'chat',
    text: 'Hello?',
  },
  {
    who: 'email:dana@example.com',
    at: '2026-03-05T10:00:00+03:00',
    event: 'support_ticket',
    channel: 'support',
    text: 'Card payment fails',
    properties: { topic: 'payment' },
  },
  {
    who: 'email:anna@example.com',
    at: '2026-03-10T12:00:00+03:00',
    event: 'review',
    channel: 'reviews',
    score: 5,
    text: 'Great laptop, fast delivery',
  },
  {
    who: 'anonymous_id:chen-web',
    at: '2026-03-10T09:00:00+03:00',
    event: 'purchase',
    channel: 'website',
    value: 900,
  },
];

/** Identity stitching of the story: identifier → customer. */
export const SHOP_IDENTITY: readonly (readonly [string, string])[] = [
  ['anonymous_id:anna-web', 'anna'],
  ['email:anna@example.com', 'anna'],
  ['user_id:1001', 'anna'],
  ['anonymous_id:boris-web', 'boris'],
  ['anonymous_id:chen-web', 'chen'],
  ['email:dana@example.com', 'dana'],
];

/**
 * Writes events into the store's `events` table with seq = position + `firstSeq`, and
 * identity rows into `identity`.
 */
export async function insertStory(
  store: DuckDbStore,
  events: readonly StoryEvent[] = SHOP_STORY,
  identity: readonly (readonly [string, string])[] = SHOP_IDENTITY,
  firstSeq = 1,
): Promise<void> {
  for (const [index, e] of events.entries()) {
    const p = new SqlParams();
    const values = [
      p.value(`story-${firstSeq + index}`),
      `CAST(${p.value(e.at)} AS TIMESTAMPTZ)`,
      p.value(firstSeq + index),
      p.value(e.event),
      p.value(e.who),
      `[${p.value(e.who)}]`,
      ...[e.channel, e.source, e.url, e.text, e.score, e.value].map((v) => p.value(v ?? null)),
      `CAST(${p.value(e.properties ? JSON.stringify(e.properties) : null)} AS JSON)`,
      p.value('story'),
      p.value(firstSeq + index),
    ];
    await store.conn.run(`INSERT INTO events VALUES (${values.join(', ')})`, p.values);
  }
  for (const [identifier, customer] of identity) {
    const p = new SqlParams();
    await store.conn.run(
      `INSERT INTO identity VALUES (${p.value(identifier)}, ${p.value(customer)})`,
      p.values,
    );
  }
}

/** The shop map: five stages and the touchpoints that bind the story's events. */
export function shopMap(): JourneyMap {
  const tp = (
    id: string,
    channel: string,
    stage: string,
    match: JourneyMap['touchpoints'][number]['match'],
  ) => ({
    id,
    name: id,
    channel,
    kind: 'online' as const,
    source: 'quantitative' as const,
    stage,
    match,
  });
  return {
    schemaVersion: 1,
    id: 'map-shop',
    title: 'Buying a laptop online',
    type: 'current',
    language: 'en',
    process: 'purchase',
    personas: [],
    stages: ['awareness', 'consideration', 'purchase', 'service', 'loyalty'].map((id) => ({ id, name: id })),
    lanes: [{ id: 'touchpoints', type: 'touchpoints', title: 'Touchpoints' }],
    cards: [],
    emotions: [],
    touchpoints: [
      tp('tp-ads', 'social-ads', 'awareness', { event: 'ad_click' }),
      tp('tp-email', 'email', 'awareness', { channel: 'email' }),
      tp('tp-catalog', 'website', 'consideration', { event: 'page_view', url: '/catalog/*' }),
      tp('tp-product', 'website', 'consideration', { event: 'product_*' }),
      tp('tp-cart', 'website', 'purchase', { event: ['add_to_cart', 'checkout'] }),
      tp('tp-purchase', 'website', 'purchase', { event: 'purchase' }),
      tp('tp-support', 'customer-support', 'service', {
        event: 'support_ticket',
        properties: { topic: 'payment' },
      }),
      tp('tp-review', 'review-sites', 'loyalty', { event: 'review' }),
    ],
    opportunities: [],
    kpis: [],
  };
}
