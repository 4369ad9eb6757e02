import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { closePages, ENDPOINT, KEY, load, TRACKER_SOURCE as SOURCE, settle } from './tracker-page.ts';

afterEach(closePages);

describe('site tracker', () => {
  it('sends the page view of the loaded page to the script origin, with a stored anonymous id', () => {
    const page = load();
    expect(page.sent).toEqual([]);
    page.elapse();
    expect(page.sent).toHaveLength(1);
    const [request] = page.sent;
    expect(request).toMatchObject({ via: 'fetch', url: ENDPOINT, keepalive: true, key: KEY });
    const [view] = page.events();
    expect(view).toMatchObject({
      event: 'page_view',
      channel: 'web',
      url: 'https://shop.example/products?sort=price',
      properties: { title: 'Products' },
    });
    expect(view?.event_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.isNaN(Date.parse(view?.timestamp ?? ''))).toBe(false);
    expect(view?.anonymous_id).toBe(page.storage().ocjm_aid);
  });

  it('sends a page view for each address a single-page app moves to, with the previous one as referrer', () => {
    const page = load();
    page.window.history.pushState({}, '', '/cart');
    page.window.history.replaceState({}, '', '/cart');
    page.window.history.pushState({}, '', '/cart#summary');
    page.window.history.pushState({}, '', '/checkout?step=2');
    page.api.flush();
    const views = page.events().filter((event) => event.event === 'page_view');
    expect(views.map((event) => event.url)).toEqual([
      'https://shop.example/products?sort=price',
      'https://shop.example/cart',
      'https://shop.example/checkout?step=2',
    ]);
    expect(views[2]?.properties).toMatchObject({ referrer: 'https://shop.example/cart' });
    const ids = new Set(views.map((event) => event.event_id));
    expect(ids.size).toBe(3);
  });

  it('sends clicks on marked elements with their data-cjm-* attributes as properties', () => {
    const page = load({
      body: '<button id="buy" data-cjm-event="add_to_cart" data-cjm-sku="A-1" data-cjm-plan-name="pro"><span id="label">Buy</span></button><p id="plain">text</p>',
    });
    // The page's own handler stops the click; the tracker still sees it.
    page.document.body.addEventListener('click', (event) => event.stopPropagation());
    page.click('label');
    page.click('plain');
    page.api.flush();
    const clicks = page.events().filter((event) => event.event !== 'page_view');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toMatchObject({
      event: 'add_to_cart',
      properties: { sku: 'A-1', 'plan-name': 'pro' },
    });
  });

  it('tracks named events and identifies the visitor (user id, e-mail from the traits)', () => {
    const page = load();
    page.api.track('checkout', { value: 49.9, currency: 'EUR' });
    page.api.identify('u-42', { email: 'ann@example.com', name: 'Ann' });
    page.api.track('purchase');
    page.api.track('');
    page.api.flush();
    const [, checkout, identify, purchase] = page.events();
    expect(page.events()).toHaveLength(4);
    expect(checkout).toMatchObject({ event: 'checkout', properties: { value: 49.9, currency: 'EUR' } });
    expect(checkout?.user_id).toBeUndefined();
    expect(identify).toMatchObject({
      event: 'identify',
      user_id: 'u-42',
      email: 'ann@example.com',
      properties: { name: 'Ann' },
    });
    expect(purchase).toMatchObject({ event: 'purchase', user_id: 'u-42' });
    const anonymous = new Set(page.events().map((event) => event.anonymous_id));
    expect(anonymous.size).toBe(1);
    expect(page.storage().ocjm_uid).toBe('u-42');
  });

  it('batches events: one request per 20, the rest after the delay, by sendBeacon when the page hides', () => {
    const page = load();
    for (let index = 0; index < 24; index++) page.api.track('scroll', { index });
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]?.events).toHaveLength(20);
    page.elapse();
    expect(page.sent).toHaveLength(2);
    expect(page.sent[1]?.events).toHaveLength(5);
    page.api.track('read_more');
    Object.defineProperty(page.document, 'visibilityState', { value: 'hidden', configurable: true });
    page.document.dispatchEvent(new page.window.Event('visibilitychange'));
    expect(page.sent[2]).toMatchObject({ via: 'beacon', url: ENDPOINT, key: KEY });
    expect(page.sent[2]?.events.map((event) => event.event)).toEqual(['read_more']);
    page.api.track('leave');
    page.window.dispatchEvent(new page.window.Event('pagehide'));
    expect(page.sent[3]).toMatchObject({ via: 'beacon', events: [{ event: 'leave' }] });
    expect(page.timers.size).toBe(0);
  });

  it('falls back to fetch when sendBeacon refuses, and sends a batch again after a server error', async () => {
    const page = load({ beaconAccepts: false, statuses: [503] });
    page.window.dispatchEvent(new page.window.Event('pagehide'));
    expect(page.sent).toEqual([expect.objectContaining({ via: 'fetch', keepalive: true })]);
    await settle();
    page.elapse();
    expect(page.sent).toHaveLength(2);
    expect(page.sent[1]?.events[0]?.event_id).toBe(page.sent[0]?.events[0]?.event_id);
  });

  it('gives a batch up after three failed retries in a row (e.g. a site origin the key does not allow)', async () => {
    const page = load({ statuses: [503, 503, 503, 503, 202] });
    for (let attempt = 0; attempt < 6; attempt++) {
      page.elapse();
      await settle();
    }
    expect(page.sent).toHaveLength(4);
    expect(new Set(page.sent.map((request) => request.events[0]?.event_id)).size).toBe(1);
    page.api.track('later');
    page.api.flush();
    expect(page.sent[4]?.events.map((event) => event.event)).toEqual(['later']);
  });

  it('keeps the anonymous id in a first-party cookie when localStorage is blocked', () => {
    const page = load({ noLocalStorage: true });
    page.api.flush();
    const id = page.events()[0]?.anonymous_id;
    expect(id).toBeTruthy();
    expect(page.document.cookie).toContain(`ocjm_aid=${id}`);
    page.api.consent(false);
    // A browser deletes a cookie set with max-age=0; happy-dom keeps it with an empty value.
    expect(page.document.cookie).not.toContain(`ocjm_aid=${id}`);
    expect(page.document.cookie).toMatch(/^(ocjm_\w+=(; )?)*$/);
  });

  it('in consent mode stores and sends nothing before consent, everything after it', () => {
    const page = load({
      attributes: 'data-consent="required"',
      body: '<a id="promo" data-cjm-event="promo">x</a>',
    });
    page.api.track('signup_started');
    page.api.identify('u-7', { email: 'u7@example.com' });
    page.click('promo');
    page.elapse();
    page.window.dispatchEvent(new page.window.Event('pagehide'));
    expect(page.sent).toEqual([]);
    expect(page.storage()).toEqual({});
    expect(page.document.cookie).toBe('');
    page.api.consent(true);
    expect(page.events().map((event) => event.event)).toEqual([
      'page_view',
      'signup_started',
      'identify',
      'promo',
    ]);
    expect(page.storage()).toMatchObject({ ocjm_consent: '1', ocjm_uid: 'u-7' });
    expect(page.events()[0]?.anonymous_id).toBe(page.storage().ocjm_aid);
    page.api.consent(false);
    expect(page.storage()).toEqual({});
    page.api.track('after_withdrawal');
    page.elapse();
    expect(page.events()).toHaveLength(4);
  });

  it('remembers consent given on an earlier page', () => {
    const page = load({
      attributes: 'data-consent="required"',
      before: "localStorage.setItem('ocjm_consent', '1')",
    });
    page.api.flush();
    expect(page.events().map((event) => event.event)).toEqual(['page_view']);
  });

  it.each([
    ['Do-Not-Track', { doNotTrack: '1' }],
    ['Global Privacy Control', { globalPrivacyControl: true }],
  ])('with %s on, stores and sends nothing, even after consent', (_name, privacy) => {
    const page = load({ ...privacy, body: '<button id="b" data-cjm-event="b">b</button>' });
    page.api.track('checkout');
    page.api.identify('u-1', { email: 'u1@example.com' });
    page.api.consent(true);
    page.click('b');
    page.window.history.pushState({}, '', '/next');
    page.elapse();
    page.api.flush();
    page.window.dispatchEvent(new page.window.Event('pagehide'));
    expect(page.sent).toEqual([]);
    expect(page.storage()).toEqual({});
    expect(page.document.cookie).toBe('');
  });

  it('replays calls queued before it loaded', () => {
    const page = load({
      before: "window.opencjm = { q: [['identify', 'u-9'], ['track', 'early', { a: 1 }]] }",
    });
    page.api.flush();
    expect(page.events().map((event) => [event.event, event.user_id])).toEqual([
      ['identify', 'u-9'],
      ['early', 'u-9'],
      ['page_view', 'u-9'],
    ]);
  });
});

describe('tracker file', () => {
  it('is at most 4 KB gzipped', () => {
    expect(gzipSync(SOURCE, { level: 9 }).length).toBeLessThanOrEqual(4096);
  });

  it('uses no syntax newer than ES2017 (optional chaining, ??, object spread, catch without binding)', () => {
    const file = ts.createSourceFile('tracker.js', SOURCE, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const newer: string[] = [];
    const visit = (node: ts.Node) => {
      const where = `line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isOptionalChain(node)) newer.push(`optional chaining, ${where}`);
      if (ts.isSpreadAssignment(node)) newer.push(`object spread, ${where}`);
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
        newer.push(`??, ${where}`);
      if (ts.isCatchClause(node) && !node.variableDeclaration) newer.push(`catch without binding, ${where}`);
      if (ts.isBigIntLiteral(node)) newer.push(`BigInt, ${where}`);
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(newer).toEqual([]);
    const syntax = ts.transpileModule(SOURCE, { reportDiagnostics: true, fileName: 'tracker.js' });
    expect(syntax.diagnostics ?? []).toEqual([]);
  });
});
