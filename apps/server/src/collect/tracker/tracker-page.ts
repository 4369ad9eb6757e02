/** A test page for the site tracker: a happy-dom window running tracker.js with fake fetch, sendBeacon and timers. */
import { readFileSync } from 'node:fs';
import { CollectBody, CollectEvent } from '@opencjm/core';
import { Window } from 'happy-dom';
import { expect } from 'vitest';

/** The tracker as served. */
export const TRACKER_SOURCE = readFileSync(new URL('./tracker.js', import.meta.url), 'utf8');
export const ENDPOINT = 'https://collect.example/api/collect';
/** The collect key on the test page's script tag (tests may set another). */
export const KEY = 'ocjm_test_key';

export interface TrackerApi {
  track(name: string, properties?: object): void;
  identify(userId: string | null, traits?: object): void;
  consent(granted: boolean): void;
  page(): void;
  flush(): void;
}

export interface Sent {
  via: 'fetch' | 'beacon';
  url: string;
  keepalive?: boolean | undefined;
  key: string | undefined;
  events: CollectEvent[];
  /** The request body as sent. */
  raw: string;
}

export interface LoadOptions {
  /** The script tag's data-key. */
  key?: string;
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

/** Closes the pages opened by {@link load} (call after each test). */
export async function closePages(): Promise<void> {
  for (const window of windows.splice(0)) await window.happyDOM.close();
}

/** Decodes a request body the tracker sent and checks it against the collect schemas. */
function decode(body: unknown): { key: string | undefined; events: CollectEvent[] } {
  const parsed = CollectBody.parse(JSON.parse(String(body)));
  return { key: parsed.key, events: parsed.events.map((event) => CollectEvent.parse(event)) };
}

/** Runs the tracker in a fresh page of https://shop.example with fake fetch, sendBeacon and timers. */
export function load(options: LoadOptions = {}) {
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
    `<html><head><title>Products</title><script src="https://collect.example/tracker.js" data-key="${options.key ?? KEY}" ${options.attributes ?? ''}></script></head><body>${options.body ?? ''}</body></html>`,
  );
  const sent: Sent[] = [];
  const statuses = [...(options.statuses ?? [])];
  Object.defineProperty(navigator, 'doNotTrack', { value: options.doNotTrack ?? 'unspecified' });
  if (options.globalPrivacyControl) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true });
  Object.defineProperty(navigator, 'sendBeacon', {
    value: (url: string, body: unknown) => {
      if (options.beaconAccepts === false) return false;
      sent.push({ via: 'beacon', url, raw: String(body), ...decode(body) });
      return true;
    },
  });
  Object.defineProperty(window, 'fetch', {
    value: async (url: string, init: RequestInit) => {
      expect(init.method).toBe('POST');
      expect(new Headers(init.headers).get('content-type')).toBe('text/plain');
      sent.push({
        via: 'fetch',
        url,
        keepalive: init.keepalive,
        raw: String(init.body),
        ...decode(init.body),
      });
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
  window.eval(TRACKER_SOURCE);
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
export const settle = () => new Promise((resolve) => setImmediate(resolve));
