import type { Page } from 'playwright-core';

/**
 * Answers of the analytics routes as the API contract and the engine's result types
 * (`packages/engine/src/analytics`) describe them, for the demo map
 * "Buying a laptop online" (Anna's story: an ad, the catalogue, checkout, a review).
 * Used to check the data views render real numbers while the server's analytics routes
 * may not exist yet.
 */
export const ANALYTICS = {
  metrics: {
    stages: {
      awareness: { customers: 12000, conversion: 0.41, dropOff: 0.59, medianSeconds: 5400, sentiment: 0.4 },
      consideration: {
        customers: 4920,
        conversion: 0.38,
        dropOff: 0.62,
        medianSeconds: 172800,
        sentiment: -0.45,
      },
      purchase: { customers: 1870, conversion: 0.82, dropOff: 0.18, medianSeconds: 540, sentiment: -0.2 },
      usage: { customers: 1533, conversion: 0.64, dropOff: 0.36, medianSeconds: 1209600, sentiment: 0.8 },
      loyalty: { customers: 981, conversion: null, dropOff: null, medianSeconds: null, sentiment: 0.5 },
    },
    touchpoints: {
      'tp-ad': { customers: 12000, conversion: 0.41, dropOff: 0.59, medianSeconds: 30 },
      'tp-catalogue': { customers: 4920, conversion: 0.38, dropOff: 0.62, medianSeconds: 420 },
    },
  },
  funnel: {
    steps: [
      { name: 'Awareness', customers: 12000, conversion: 1, ci: [1, 1], medianSecondsToConvert: 0 },
      {
        name: 'Consideration',
        customers: 4920,
        conversion: 0.41,
        ci: [0.401, 0.419],
        medianSecondsToConvert: 5400,
      },
      {
        name: 'Purchase',
        customers: 1870,
        conversion: 0.38,
        ci: [0.366, 0.394],
        medianSecondsToConvert: 172800,
      },
      { name: 'Usage', customers: 1533, conversion: 0.82, ci: [0.802, 0.837], medianSecondsToConvert: 86400 },
      {
        name: 'Loyalty',
        customers: 981,
        conversion: 0.64,
        ci: [0.615, 0.664],
        medianSecondsToConvert: 1209600,
      },
    ],
  },
  paths: {
    paths: [
      { steps: ['Social ad', 'Catalogue', 'Checkout', 'Review'], customers: 640 },
      { steps: ['Search', 'Catalogue', 'Checkout'], customers: 410 },
      { steps: ['Social ad', 'Catalogue', 'Catalogue', 'Checkout'], customers: 220 },
      { steps: ['Search', 'Catalogue', 'Support', 'Checkout'], customers: 95 },
    ],
  },
  dfg: {
    start: { 'Social ad': 860, Search: 505 },
    end: { Review: 640, Checkout: 630, Catalogue: 200 },
    edges: [
      { from: 'Social ad', to: 'Catalogue', count: 860, medianSeconds: 120, meanSeconds: 300 },
      { from: 'Search', to: 'Catalogue', count: 505, medianSeconds: 60, meanSeconds: 90 },
      { from: 'Catalogue', to: 'Catalogue', count: 220, medianSeconds: 600, meanSeconds: 900 },
      { from: 'Catalogue', to: 'Checkout', count: 1270, medianSeconds: 172800, meanSeconds: 200000 },
      { from: 'Catalogue', to: 'Support', count: 95, medianSeconds: 3600, meanSeconds: 5000 },
      { from: 'Support', to: 'Checkout', count: 95, medianSeconds: 7200, meanSeconds: 9000 },
      { from: 'Checkout', to: 'Review', count: 640, medianSeconds: 1209600, meanSeconds: 1400000 },
    ],
  },
  dwell: {
    gapSeconds: 1800,
    rows: [
      { name: 'Catalogue', events: 5200, customers: 4920, medianSeconds: 420, p90Seconds: 1310 },
      { name: 'Checkout', events: 1900, customers: 1870, medianSeconds: 180, p90Seconds: 520 },
      { name: 'Support', events: 130, customers: 95, medianSeconds: 900, p90Seconds: 2400 },
    ],
  },
  timeline: {
    events: [
      { ts: '2025-03-01T09:12:00Z', event: 'ad_click', channel: 'social-ads' },
      { ts: '2025-03-01T09:14:00Z', event: 'page_view', channel: 'website' },
      { ts: '2025-03-03T19:40:00Z', event: 'order', channel: 'website' },
      {
        ts: '2025-03-10T11:02:00Z',
        event: 'review',
        channel: 'review-sites',
        text: 'Fast delivery, <b>great</b> laptop',
        score: 5,
      },
    ],
  },
} as const;

/** Answers the analytics routes of the page with {@link ANALYTICS}. */
export async function mockAnalytics(page: Page): Promise<void> {
  const json = (body: unknown) => ({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify(body),
  });
  await page.route('**/api/maps/*/metrics', (route) => route.fulfill(json(ANALYTICS.metrics)));
  await page.route('**/api/analytics/funnel?*', (route) => route.fulfill(json(ANALYTICS.funnel)));
  await page.route('**/api/analytics/paths?*', (route) => route.fulfill(json(ANALYTICS.paths)));
  await page.route('**/api/analytics/dfg?*', (route) => route.fulfill(json(ANALYTICS.dfg)));
  await page.route('**/api/analytics/dwell?*', (route) => route.fulfill(json(ANALYTICS.dwell)));
  await page.route('**/api/analytics/timeline?*', (route) => route.fulfill(json(ANALYTICS.timeline)));
}
