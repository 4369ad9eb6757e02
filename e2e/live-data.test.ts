/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_MESSAGE, screenshot, useE2E } from './harness.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const RECEIPT = fileURLToPath(new URL('../../shared/data/event-logs/receipt.csv', import.meta.url));

/** A small shop on another origin: it loads the tracker from OpenCJM with a collect key. */
function shopPage(trackerUrl: string, key: string): string {
  return `<!doctype html><html><head><title>Shop</title>
<script src="${trackerUrl}" data-key="${key}" async></script></head>
<body><h1>Laptops</h1>
<button data-cjm-event="add_to_cart" data-cjm-sku="ultrabook-14">Add to cart</button>
<a href="/thanks">Checkout</a></body></html>`;
}

describe.runIf(HAS_CHROMIUM)('customer data in, live', () => {
  const env = useE2E();
  const servers: Server[] = [];
  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });

  it('a shop page loads /tracker.js; a click and an identify arrive and show on the customer’s timeline', async () => {
    const shop = createServer();
    servers.push(shop);
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    const address = shop.address();
    const shopOrigin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const created = await env().api('/api/keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Shop site', scope: 'collect', origins: [shopOrigin] }),
    });
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: string };
    shop.on('request', (request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        request.url === '/thanks'
          ? '<!doctype html><p>Thank you</p>'
          : shopPage(`${env().url}/tracker.js`, key),
      );
    });

    const { page, errors } = await env().open('/', { as: null });
    await page.goto(`${shopOrigin}/`);
    await page.waitForFunction(
      () =>
        'opencjm' in window &&
        typeof (window as unknown as { opencjm: { identify?: unknown } }).opencjm.identify === 'function',
    );
    await page.evaluate(() =>
      (window as unknown as { opencjm: { identify(id: string, traits: object): void } }).opencjm.identify(
        'shop-user-1',
        {
          email: 'e2e.buyer@example.com',
        },
      ),
    );
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('link', { name: 'Checkout' }).click(); // page hide: the queue is sent
    await page.getByText('Thank you').waitFor();

    let events: string[] = [];
    for (let attempt = 0; attempt < 40 && !events.includes('add_to_cart'); attempt++) {
      const response = await env().api('/api/analytics/timeline?customer=user_id:shop-user-1');
      if (response.ok)
        events = ((await response.json()) as { events: { event: string }[] }).events.map((e) => e.event);
      else await response.body?.cancel();
      if (!events.includes('add_to_cart')) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(events).toEqual(expect.arrayContaining(['page_view', 'identify', 'add_to_cart']));

    const app = await env().open('/#/maps/example-laptop-en/data');
    await app.page.getByRole('tab', { name: /timeline/i }).click();
    await app.page.getByLabel('Customer id').fill('email:e2e.buyer@example.com');
    await app.page.getByRole('button', { name: 'Show timeline' }).click();
    await app.page.locator('.timeline-list').getByText('add_to_cart').waitFor();
    await app.page.locator('.timeline-list').getByText('identify').waitFor();
    await screenshot(app.page, 'live-tracker-timeline');
    expect(errors).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('imports receipt.csv in the web app: preview, preset, progress, summary', async () => {
    const { page, errors } = await env().open('/#/import');
    await page.getByRole('heading', { name: 'Import events' }).waitFor();
    await page.getByLabel('Event file').setInputFiles(RECEIPT);
    await page.getByRole('table', { name: 'First rows of the file' }).waitFor();
    await expect.poll(() => page.getByLabel('Preset').inputValue()).toBe('process-log');
    await screenshot(page, 'import-preview-receipt');
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import of receipt.csv finished' }).waitFor({ timeout: 60_000 });
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect.poll(() => summary.textContent()).toMatch(/Rows read\s*8,?577/);
    await screenshot(page, 'import-summary-receipt');
    expect(errors).toEqual([]);
  });

  it('shows the quarantine of a CSV with broken rows: line and reason, downloadable', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'opencjm-e2e-import-')), 'broken.csv');
    writeFileSync(
      file,
      [
        'time,event,user_id',
        '2026-01-01T10:00:00Z,page_view,anna',
        'yesterday,page_view,anna',
        '2026-01-02T10:00:00Z,,anna',
        '2026-01-03T10:00:00Z,purchase,anna',
      ].join('\n'),
    );
    const { page, errors } = await env().open('/#/import');
    await page.getByLabel('Event file').setInputFiles(file);
    await page.getByRole('table', { name: 'First rows of the file' }).waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByRole('heading', { name: 'Import of broken.csv finished' }).waitFor({ timeout: 60_000 });
    const quarantine = page.getByRole('table', { name: 'Quarantined rows' });
    await quarantine.waitFor();
    const rows = await quarantine.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^3.*time.*yesterday/);
    expect(rows[1]).toMatch(/^4.*event/);
    await page.getByRole('link', { name: 'Download quarantine (NDJSON)' }).waitFor();
    await screenshot(page, 'import-quarantine');
    expect(errors).toEqual([]);
  });
});
