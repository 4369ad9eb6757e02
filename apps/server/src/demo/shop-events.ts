import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** How many customers the demo shop has, and when their story ends. */
export interface ShopEventsOptions {
  /** Customers to invent; a few thousand import in well under a second. */
  readonly customers: number;
  /** The last instant of the data: events fall in the 90 days before it. */
  readonly until: Date;
  /** Seed of the pseudo-random choices: the same seed gives the same customers. */
  readonly seed: number;
}

/** One line of the generated NDJSON; every key is present so the importer sees every column. */
interface ShopEvent {
  event_id: string;
  timestamp: string;
  event: 'ad_click' | 'page_view' | 'purchase' | 'ticket' | 'email_open';
  anonymous_id: string | null;
  user_id: string | null;
  email: string | null;
  channel: string;
  source: string | null;
  url: string | null;
  text: string | null;
  value: number | null;
}

const DAY_MS = 86_400_000;
const MODELS = ['ultrabook-14', 'gaming-16', 'office-15', 'macbook-air', 'convertible-13'];
const AD_SOURCES = ['vk', 'telegram', 'yandex'];
const TICKETS = [
  'Не могу активировать Windows, ключ не подходит',
  'Курьер не привёз зарядку в комплекте',
  'The laptop fan is loud under load, is this normal?',
  '发票在哪里下载？',
  'Хочу поменять цвет корпуса, можно ли обменять?',
];

/**
 * Writes the event data of the demo shop as NDJSON: the journey of the example map
 * "Buying a laptop online", measured. What it plants, by the map's touchpoint rules:
 * - awareness: 80% of customers click a social ad (`ad_click`, channel social-ads, source
 *   vk / telegram / yandex); the rest arrive at the catalogue directly;
 * - consideration: 75% of the ad clickers and all direct visitors browse 1–6 catalogue
 *   pages (`page_view`, url `/catalog/laptops/<model>`), minutes apart;
 * - purchase: 30% of browsers buy within 1–10 days (`purchase`, value 45 000–180 000 ₽);
 *   the purchase row carries the anonymous id together with the new user id and e-mail,
 *   so identity stitching joins the web visits to the account;
 * - usage: 35% of buyers write to support (`ticket`, by e-mail only, a text in Russian,
 *   English or Chinese) within two weeks;
 * - loyalty: 60% of buyers open the rewards e-mail (`email_open`, by e-mail only).
 * Times fall in the 90 days before `until`; a journey still going on then is cut there.
 * Returns the number of events written.
 */
export async function writeShopEvents(path: string, options: ShopEventsOptions): Promise<number> {
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const out = createWriteStream(path);
  let count = 0;
  const emit = async (event: Omit<ShopEvent, 'event_id'>) => {
    count++;
    const line = `${JSON.stringify({ event_id: `demo-${count}`, ...event })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  };
  const base = { user_id: null, email: null, source: null, url: null, text: null, value: null };
  const until = options.until.getTime();
  const start = until - 90 * DAY_MS;

  /** One customer's journey; it stops where the data ends (`until`). */
  const journey = async (n: number) => {
    const anonymous = `anon-${n}`;
    let t = start + random() * 80 * DAY_MS;
    const after = (ms: number) => {
      t += ms;
      return t <= until ? new Date(t).toISOString() : undefined;
    };
    if (random() < 0.8) {
      const timestamp = after(0);
      if (timestamp === undefined) return;
      const source = pick(AD_SOURCES);
      await emit({
        ...base,
        timestamp,
        event: 'ad_click',
        anonymous_id: anonymous,
        channel: 'social-ads',
        source,
      });
      if (random() >= 0.75) return;
    }
    const pages = 1 + Math.floor(random() * 6);
    for (let p = 0; p < pages; p++) {
      const timestamp = after(60_000 + random() * 600_000);
      if (timestamp === undefined) return;
      const url = `/catalog/laptops/${pick(MODELS)}`;
      await emit({
        ...base,
        timestamp,
        event: 'page_view',
        anonymous_id: anonymous,
        channel: 'website',
        url,
      });
    }
    if (random() >= 0.3) return;
    const email = `customer${n}@example.com`;
    const bought = after(random() * 10 * DAY_MS);
    if (bought === undefined) return;
    const value = 45_000 + Math.round(random() * 135) * 1000;
    await emit({
      ...base,
      timestamp: bought,
      event: 'purchase',
      anonymous_id: anonymous,
      user_id: `user-${n}`,
      email,
      channel: 'website',
      url: '/checkout',
      value,
    });
    const ticket = random() < 0.35 ? after(random() * 14 * DAY_MS) : undefined;
    if (ticket !== undefined) {
      const text = pick(TICKETS);
      await emit({
        ...base,
        timestamp: ticket,
        event: 'ticket',
        anonymous_id: null,
        email,
        channel: 'support',
        text,
      });
    }
    const opened = random() < 0.6 ? after(random() * 5 * DAY_MS) : undefined;
    if (opened !== undefined) {
      await emit({
        ...base,
        timestamp: opened,
        event: 'email_open',
        anonymous_id: null,
        email,
        channel: 'email',
        source: 'rewards',
      });
    }
  };

  for (let n = 1; n <= options.customers; n++) await journey(n);
  out.end();
  await once(out, 'finish');
  return count;
}

/** A small seeded PRNG (mulberry32): uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
