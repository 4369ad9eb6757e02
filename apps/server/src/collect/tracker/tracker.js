/*
 * OpenCJM site tracker. Paste into a page:
 *   <script src="https://HOST/tracker.js" data-key="ocjm_…" async></script>
 * Events go to HOST/api/collect. Plain ES2017 with no build step; kept under 4 KB gzipped.
 *   data-consent="required": nothing is stored or sent before opencjm.consent(true).
 *   Do-Not-Track or Global Privacy Control on: nothing is stored or sent at all.
 *   <button data-cjm-event="signup" data-cjm-plan="pro">: a click sends "signup" {plan: "pro"}.
 * API: opencjm.track(name, props), opencjm.identify(userId, traits), opencjm.consent(bool),
 * opencjm.page(), opencjm.flush(). Calls queued before loading in `opencjm.q` as
 * [method, ...args] are replayed.
 */
(() => {
  const w = window;
  const d = document;
  const nav = navigator;
  const early = w.opencjm;
  if (early && early.version) return;
  const script = d.currentScript || d.querySelector('script[data-key][src*="tracker.js"]');
  const key = script && script.getAttribute('data-key');
  const blocked =
    nav.doNotTrack === '1' ||
    w.doNotTrack === '1' ||
    nav.msDoNotTrack === '1' ||
    nav.globalPrivacyControl === true;
  const AID = 'ocjm_aid';
  const UID = 'ocjm_uid';
  const OK = 'ocjm_consent';
  const BATCH = 20;
  const WAIT = 5000;
  const MAX = 200;
  const endpoint = key ? `${new URL(script.src, location.href).origin}/api/collect` : '';
  let queue = [];
  let timer = 0;
  let lastPage = '';
  let failures = 0;

  // Storage: localStorage, else a first-party cookie (storage blocked or unavailable).
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  const read = (name) => {
    try {
      const value = w.localStorage.getItem(name);
      if (value) return value;
    } catch (_) {}
    const found = d.cookie.match(new RegExp(`(?:^|; )${name}=([^;]*)`));
    return found ? decodeURIComponent(found[1]) : null;
  };
  const write = (name, value) => {
    try {
      w.localStorage.setItem(name, value);
      return;
    } catch (_) {}
    d.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; SameSite=Lax${secure}`;
  };
  const forget = (name) => {
    try {
      w.localStorage.removeItem(name);
    } catch (_) {}
    d.cookie = `${name}=; path=/; max-age=0; SameSite=Lax${secure}`;
  };

  let consented = !script || script.getAttribute('data-consent') !== 'required' || read(OK) === '1';
  let userId = consented ? read(UID) : null;

  const uuid = () =>
    crypto.randomUUID
      ? crypto.randomUUID()
      : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
          (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16),
        );

  /** The browser's anonymous id, created on first use (only once storing is allowed). */
  const anonymousId = () => {
    let id = read(AID);
    if (!id) {
      id = uuid();
      write(AID, id);
    }
    return id;
  };

  const post = (events, beacon) => {
    const body = JSON.stringify({ key, events });
    if (beacon && nav.sendBeacon && nav.sendBeacon(endpoint, body)) return;
    const retry = () => {
      // Sent again later (the server stores a re-sent event_id once), at most 3 times while failures go on.
      if (++failures > 3) return;
      queue = events.concat(queue).slice(0, MAX);
      schedule();
    };
    fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain' } })
      .then((answer) => {
        if (answer.status === 429 || answer.status >= 500) retry();
        else failures = 0;
      })
      .catch(retry);
  };

  /** Sends what is queued: by fetch, or by sendBeacon when the page is going away. */
  const flush = (beacon) => {
    clearTimeout(timer);
    timer = 0;
    if (blocked || !consented || !key || !queue.length) return;
    const aid = anonymousId();
    for (const event of queue) event.anonymous_id = event.anonymous_id || aid;
    while (queue.length) post(queue.splice(0, BATCH), beacon === true);
  };

  function schedule() {
    if (!timer) timer = setTimeout(flush, WAIT);
  }

  const clip = (text) => (text == null ? undefined : String(text).slice(0, 2048));

  const enqueue = (name, properties, extra) => {
    if (blocked || !key || typeof name !== 'string' || !name.trim()) return;
    const event = Object.assign(
      { event_id: uuid(), timestamp: new Date().toISOString(), event: name.trim().slice(0, 200) },
      { channel: 'web', url: clip(location.href) },
      extra,
    );
    if (userId) event.user_id = userId;
    if (properties && typeof properties === 'object') event.properties = Object.assign({}, properties);
    queue.push(event);
    if (queue.length > MAX) queue.shift();
    if (queue.length >= BATCH) flush();
    else schedule();
  };

  const page = () => {
    const here = location.origin + location.pathname + location.search;
    if (here === lastPage) return;
    const referrer = lastPage || d.referrer;
    lastPage = here;
    enqueue('page_view', referrer ? { title: d.title, referrer: clip(referrer) } : { title: d.title });
  };

  const api = {
    version: 1,
    track: (name, properties) => enqueue(name, properties),
    identify: (id, traits) => {
      const t = Object.assign({}, traits);
      const email = typeof t.email === 'string' && t.email ? t.email : undefined;
      delete t.email;
      if (id != null && id !== '') {
        userId = String(id);
        if (consented && !blocked) write(UID, userId);
      }
      if (!userId && !email) return;
      enqueue('identify', Object.keys(t).length ? t : undefined, email ? { email: clip(email) } : {});
    },
    consent: (granted) => {
      if (blocked) return;
      consented = granted === true;
      if (consented) {
        write(OK, '1');
        if (userId) write(UID, userId);
        flush();
      } else {
        queue = [];
        userId = null;
        for (const name of [AID, UID, OK]) forget(name);
      }
    },
    page,
    flush: () => flush(),
  };
  w.opencjm = api;
  if (!key) {
    console.warn('OpenCJM tracker: the script tag has no data-key');
    return;
  }

  // Page views, also when a single-page app changes the address.
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    history[method] = function (...args) {
      const result = original.apply(this, args);
      page();
      return result;
    };
  }
  w.addEventListener('popstate', page);

  // Clicks on marked elements; the capture phase sees them even when the page stops propagation.
  d.addEventListener(
    'click',
    (click) => {
      const element = click.target && click.target.closest && click.target.closest('[data-cjm-event]');
      if (!element) return;
      const properties = {};
      for (const attribute of element.attributes) {
        const name = attribute.name;
        if (name.startsWith('data-cjm-') && name !== 'data-cjm-event')
          properties[name.slice(9)] = attribute.value;
      }
      enqueue(element.getAttribute('data-cjm-event'), properties);
    },
    true,
  );

  d.addEventListener('visibilitychange', () => {
    if (d.visibilityState === 'hidden') flush(true);
  });
  w.addEventListener('pagehide', () => flush(true));

  for (const call of (early && early.q) || []) {
    const method = api[call[0]];
    if (typeof method === 'function') method(...call.slice(1));
  }
  page();
})();
