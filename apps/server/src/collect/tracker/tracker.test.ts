import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CollectBody, CollectEvent } from '@opencjm/core';
import { Window } from 'happy-dom';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('./tracker.js', import.meta.url), 'utf8');
const ENDPOINT = 'https://collect.example/api/collect';
const KEY = 'ocjm_test_key';

interface TrackerApi {
  track(name: string, properties?: object): void;
  identify(userId: string | null, traits?: object): void;
  consent(granted: boolean): void;
  page(): void;
  flush(): void;
}

interface Sent {
  via: 'fetch' | 'beacon';
  url: string;
  keepalive?: boolean | undefined;
  key: string | undefined;
  events: CollectEvent[];
}

interface LoadOptions {
  /** Attributes of the script tag besides src and data-key. */
  attributes?: string;
  body?: string;
  doNotTrack?: string;
  globalPrivacyControl?: boolean;
  /** What the fake sendBeacon answers (false: the browser refused to queue the data). */
  beaconAccepts?: boolean;
  /** Status of the fake fetch's answers, in order; 202 once they run out. */
  statuses?: number[];
  /** localStorage throws, as with blocked storage. */
  noLocalStorage?: boolean;
  /** Runs in the page before the tracker (e.g. calls queued in `window.opencjm.q`). */
  before?: string;
}

const windows: Window[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

/** Decodes a request body the tracker sent and checks it against the collect schemas. */
function decode(body: unknown): { key: string | undefined; events: CollectEvent[] } {
  const parsed = CollectBody.parse(JSON.parse(String(body)));
  return { key: parsed.key, events: parsed.events.map((event) => CollectEvent.parse(event)) };
}

/** Runs the tracker in a fresh page of https://shop.example with fake fetch, sendBeacon and timers. */
function load(options: LoadOptions = {}) {
  const window = new Window({
    url: 'https://shop.example/products?sort=price',
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
    },
  });
  windows.push(window);
  const { document, navigator } = window;
  document.write(
    `<html><head><title>Products</title><script src="https://collect.example/tracker.js" data-key="${KEY}" ${options.attributes ?? ''}></script></head><body>${options.body ?? ''}</body></html>`,
  );
  const sent: Sent[] = [];
  const statuses = [...(options.statuses ?? [])];
  Object.defineProperty(navigator, 'doNotTrack', { value: options.doNotTrack ?? 'unspecified' });
  if (options.globalPrivacyControl) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true });
  Object.defineProperty(navigator, 'sendBeacon', {
    value: (url: string, body: unknown) => {
      if (options.beaconAccepts === false) return false;
      sent.push({ via: 'beacon', url, ...decode(body) });
      return true;
    },
  });
  Object.defineProperty(window, 'fetch', {
    value: async (url: string, init: RequestInit) => {
      expect(init.method).toBe('POST');
      expect(new Headers(init.headers).get('content-type')).toBe('text/plain');
      sent.push({ via: 'fetch', url, keepalive: init.keepalive, ...decode(init.body) });
      return { status: statuses.shift() ?? 202 };
    },
  });
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  Object.defineProperty(window, 'setTimeout', {
    value: (callback: () => void) => {
      timers.set(nextTimer, callback);
      return nextTimer++;
    },
  });
  Object.defineProperty(window, 'clearTimeout', { value: (id: number) => timers.delete(id) });
  if (options.noLocalStorage)
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new window.DOMException('storage blocked', 'SecurityError');
      },
    });
  if (options.before) window.eval(options.before);
  window.eval(SOURCE);
  const api = (window as unknown as { opencjm: TrackerApi }).opencjm;
  /** Runs the timers the tracker set (its 5-second batching delay). */
  const elapse = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const callback of due) callback();
  };
  const events = () => sent.flatMap((request) => request.events);
  /** Clicks the element with that id (a real bubbling click event). */
  const click = (id: string) =>
    document.getElementById(id)?.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
  const storage = (): Record<string, string> => (options.noLocalStorage ? {} : { ...window.localStorage });
  return { window, document, api, sent, events, elapse, timers, storage, click };
}

/** Lets promise callbacks (the fake fetch's answers) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

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

  it('keeps the anonymous id in a first-party cookie when localStorage is blocked', () => {
    const page = load({ noLocalStorage: true });
    page.api.flush();
    const id = page.events()[0]?.anonymous_id;
    expect(id).toBeTruthy();
    expect(page.document.cookie).toContain(`ocjm_aid=${id}`);
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
