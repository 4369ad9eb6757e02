import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { call, testApp } from '../../test-helpers.ts';
import { closePages, load, TRACKER_SOURCE } from './tracker-page.ts';

afterEach(closePages);

const SITE = 'https://shop.example';

type Answer = { accepted: number; duplicates: number; rejected: { index: number; reason: string }[] };

async function collectKey(app: FastifyInstance): Promise<string> {
  const created = await call<{ key: string }>(app, 'POST', '/api/keys', {
    name: 'shop',
    scope: 'collect',
    origins: [SITE],
  });
  return created.body.key;
}

/** Posts a body the tracker sent, as the browser would from the shop (text/plain, its origin, no cookie). */
function deliver(app: FastifyInstance, raw: string) {
  return app.inject({
    method: 'POST',
    url: '/api/collect',
    headers: { origin: SITE, 'content-type': 'text/plain;charset=UTF-8' },
    payload: raw,
  });
}

describe('tracker and collect endpoint together', () => {
  it('the server serves the tracker and stores every event it sends, by fetch and by sendBeacon', async () => {
    const app = await testApp();
    const served = await app.inject({ method: 'GET', url: '/tracker.js' });
    expect(served.statusCode).toBe(200);
    expect(served.body).toBe(TRACKER_SOURCE);

    const key = await collectKey(app);
    const page = load({
      key,
      body: '<button id="buy" data-cjm-event="add_to_cart" data-cjm-sku="A-1">Buy</button>',
    });
    page.click('buy');
    page.api.identify('u-1', { email: 'ann@example.com', plan: 'pro' });
    page.api.flush();
    page.api.track('checkout', { value: 10 });
    page.window.dispatchEvent(new page.window.Event('pagehide'));
    expect(page.sent.map((request) => request.via)).toEqual(['fetch', 'beacon']);

    let accepted = 0;
    for (const request of page.sent) {
      const answer = await deliver(app, request.raw);
      expect(answer.statusCode).toBe(202);
      expect(answer.headers['access-control-allow-origin']).toBe(SITE);
      const body = answer.json<Answer>();
      expect(body.rejected).toEqual([]);
      accepted += body.accepted;
    }
    expect(accepted).toBe(4);
    // A batch sent again (a retry after a lost answer) is stored once.
    const again = await deliver(app, page.sent[0]?.raw ?? '');
    expect(again.json<Answer>()).toMatchObject({ accepted: 0, duplicates: 3 });

    const stats = await call<{ events: number; customers: number }>(app, 'GET', '/api/stats');
    expect(stats.body.events).toBe(4);
    expect(stats.body.customers).toBe(1);
  });
});
