import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Activities of the synthetic journey, in funnel order. */
const EVENTS = ['ad_click', 'page_view', 'add_to_cart', 'purchase', 'review', 'support_ticket'];
const CHANNELS = ['ads', 'web', 'app', 'email', 'store'];

/**
 * Writes a generic event CSV (`timestamp,customer_id,event,channel`) of `events` rows for
 * `customers` customers, times with a +03:00 offset, streaming (constant memory).
 */
export async function writeEventsCsv(path: string, events: number, customers: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('timestamp,customer_id,event,channel\n');
  let time = Date.UTC(2025, 0, 1);
  let chunk = '';
  for (let i = 0; i < events; i++) {
    time += 1000 + (i % 7) * 137;
    const iso = new Date(time + 3 * 3600_000).toISOString().replace('Z', '+03:00');
    chunk += `${iso},c${(i * 7919) % customers},${EVENTS[i % EVENTS.length]},${CHANNELS[i % CHANNELS.length]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/**
 * Writes a CSV for identity stitching: for each of `customers` customers one row with an
 * anonymous id and an e-mail, and one with the e-mail and a user id — three identifiers
 * that must end up as one customer.
 */
export async function writeStitchCsv(path: string, customers: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('timestamp,anonymous_id,email,user_id,event\n');
  let chunk = '';
  for (let i = 0; i < customers; i++) {
    const ts = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
    chunk += `${ts},anon-${i},user${i}@example.com,,page_view\n${ts},,User${i}@Example.com,u${i},sign_in\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
