import {
  DfgResult,
  DwellResult,
  FunnelResult,
  MapFigures,
  TimelineResult,
  TopPathsResult,
} from '@opencjm/core';
import type { Page } from 'playwright-core';

/**
 * Answers of the analytics routes, parsed by the shared answer schemas (@opencjm/core) the
 * engine computes and the server documents them with, for the demo map
 * "Buying a laptop online" (Anna's story: an ad, the catalogue, checkout, a review).
 * Used to check the data views render real numbers while the server's analytics routes
 * may not exist yet.
 */
const NO_FEELING = { emotion: null, emotionN: 0, emotionCi: null };

/** A funnel step as the engine answers it; `ci` of conversion, times in seconds. */
function step(
  name: string,
  customers: number,
  previous: number,
  conversion: number,
  ci: [number, number],
  median: number,
) {
  return {
    name,
    customers,
    conversion,
    ci,
    conversionFromPrevious: previous === 0 ? 1 : customers / previous,
    dropOff: previous === 0 ? 0 : previous - customers,
    dropOffRate: previous === 0 ? 0 : (previous - customers) / previous,
    medianSecondsToConvert: median,
    p90SecondsToConvert: null,
    medianSecondsFromEntry: null,
    p90SecondsFromEntry: null,
  };
}

/** A dwell row as the engine answers it. */
function dwellRow(
  name: string,
  events: number,
  customers: number,
  medianSeconds: number,
  p90Seconds: number,
) {
  return {
    name,
    events,
    customers,
    measured: events,
    medianSeconds,
    p90Seconds,
    exits: 0,
    exitRate: 0,
    customersLeft: 0,
    journeyEnds: 0,
  };
}

/** A timeline event as the engine answers it. */
function timelineEvent(
  ts: string,
  event: string,
  channel: string,
  text: string | null = null,
  score: number | null = null,
) {
  return {
    ts,
    event,
    channel,
    source: null,
    url: null,
    text,
    score,
    value: null,
    properties: null,
    identifier: 'anna@example.com',
    touchpoint: null,
    stage: null,
    importId: 'imp_fixture',
    line: null,
  };
}

const PATHS = [
  { steps: ['Social ad', 'Catalogue', 'Checkout', 'Review'], customers: 640 },
  { steps: ['Search', 'Catalogue', 'Checkout'], customers: 410 },
  { steps: ['Social ad', 'Catalogue', 'Catalogue', 'Checkout'], customers: 220 },
  { steps: ['Search', 'Catalogue', 'Support', 'Checkout'], customers: 95 },
];
const PATH_CUSTOMERS = 1365;

/** Checked by the schemas the engine answers by: a fixture the real API could not send fails here. */
export const ANALYTICS = {
  metrics: MapFigures.parse({
    windowSeconds: 2592000,
    stages: {
      awareness: {
        customers: 12000,
        conversion: 0.41,
        dropOff: 0.59,
        medianSeconds: 5400,
        sentiment: 0.4,
        ...NO_FEELING,
      },
      consideration: {
        customers: 4920,
        conversion: 0.38,
        dropOff: 0.62,
        medianSeconds: 172800,
        sentiment: -0.45,
        ...NO_FEELING,
      },
      purchase: {
        customers: 1870,
        conversion: 0.82,
        dropOff: 0.18,
        medianSeconds: 540,
        sentiment: -0.2,
        ...NO_FEELING,
      },
      usage: {
        customers: 1533,
        conversion: 0.64,
        dropOff: 0.36,
        medianSeconds: 1209600,
        sentiment: 0.8,
        ...NO_FEELING,
      },
      loyalty: {
        customers: 981,
        conversion: null,
        dropOff: null,
        medianSeconds: null,
        sentiment: 0.5,
        ...NO_FEELING,
      },
    },
    touchpoints: {
      'tp-ad': {
        customers: 12000,
        conversion: 0.41,
        dropOff: 0.59,
        medianSeconds: 30,
        sentiment: null,
        ...NO_FEELING,
      },
      'tp-catalogue': {
        customers: 4920,
        conversion: 0.38,
        dropOff: 0.62,
        medianSeconds: 420,
        sentiment: null,
        ...NO_FEELING,
      },
    },
  }),
  funnel: FunnelResult.parse({
    windowSeconds: 2592000,
    steps: [
      step('Awareness', 12000, 0, 1, [1, 1], 0),
      step('Consideration', 4920, 12000, 0.41, [0.401, 0.419], 5400),
      step('Purchase', 1870, 4920, 0.38, [0.366, 0.394], 172800),
      step('Usage', 1533, 1870, 0.82, [0.802, 0.837], 86400),
      step('Loyalty', 981, 1533, 0.64, [0.615, 0.664], 1209600),
    ],
  }),
  paths: TopPathsResult.parse({
    customers: PATH_CUSTOMERS,
    paths: PATHS.map((path) => ({ ...path, share: path.customers / PATH_CUSTOMERS })),
    other: { paths: 0, customers: 0, share: 0 },
  }),
  dfg: DfgResult.parse({
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
  }),
  dwell: DwellResult.parse({
    gapSeconds: 1800,
    rows: [
      dwellRow('Catalogue', 5200, 4920, 420, 1310),
      dwellRow('Checkout', 1900, 1870, 180, 520),
      dwellRow('Support', 130, 95, 900, 2400),
    ],
  }),
  timeline: TimelineResult.parse({
    customer: 'c-anna',
    identifiers: ['anna@example.com'],
    events: [
      timelineEvent('2025-03-01T09:12:00.000Z', 'ad_click', 'social-ads'),
      timelineEvent('2025-03-01T09:14:00.000Z', 'page_view', 'website'),
      timelineEvent('2025-03-03T19:40:00.000Z', 'order', 'website'),
      timelineEvent(
        '2025-03-10T11:02:00.000Z',
        'review',
        'review-sites',
        'Fast delivery, <b>great</b> laptop',
        5,
      ),
    ],
  }),
};

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
