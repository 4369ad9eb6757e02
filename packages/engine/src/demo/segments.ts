/** The behavioural segments of the demo shop's customers. */
export const DEMO_SEGMENTS = [
  'careful-comparer',
  'impulsive-app',
  'store-visitor',
  'bargain-hunter',
] as const;
/** One of {@link DEMO_SEGMENTS}: ground truth for tests of clustering, not for analyses to read. */
export type DemoSegment = (typeof DEMO_SEGMENTS)[number];

/** The device a customer mostly uses. */
export type Device = 'desktop' | 'mobile' | 'tablet';
/** How a customer first meets the shop. */
export type Arrival = 'social-ad' | 'search-ad' | 'promo-email';
/** Where a segment buys: the website checkout (with the planted problems), the app, a store. */
export type CheckoutPlace = 'web' | 'app' | 'store';

/**
 * How a segment behaves. Probabilities are of moving on at each step, as a share 0..1;
 * they are the shop's normal behaviour — the planted problems (see `planted.ts`) come on
 * top of them in the website checkout and the delivery.
 */
export interface SegmentProfile {
  /** Who they are, in a sentence (for READMEs and docs). */
  readonly description: string;
  /** Share of customers in this segment (weights, need not sum to 1). */
  readonly weight: number;
  /** Age in years, uniform in [min, max]. */
  readonly age: readonly [number, number];
  readonly device: Readonly<Record<Device, number>>;
  readonly arrival: Readonly<Record<Arrival, number>>;
  /** After the ad or the promo e-mail, goes on to look at laptops. */
  readonly considers: number;
  /** After looking, puts a laptop in the cart (or reserves it in a store). */
  readonly startsPurchase: number;
  readonly checkout: CheckoutPlace;
  /** Leaves when the delivery cost appears in the checkout (the planted drop-off). */
  readonly leavesAtDelivery: number;
  /** Days spent comparing before buying: log-normal median. */
  readonly considerDays: number;
  /** Writes a product review after a good experience. */
  readonly reviews: number;
  /** Typical NPS answer before any bad experience. */
  readonly nps: number;
}

/**
 * The four segments, ground truth for checking clustering later:
 * - careful-comparer: desktop, search ads, reads reviews, asks the consultant chat, takes
 *   days, buys on the website;
 * - impulsive-app: young, social ads on the phone, buys in the app within the hour;
 * - store-visitor: older, finds a store by search, reserves online, buys in the store;
 * - bargain-hunter: brought by promo e-mails, looks at the sale, very sensitive to the
 *   delivery cost, often unsubscribes.
 */
export const SEGMENT_PROFILES: Readonly<Record<DemoSegment, SegmentProfile>> = {
  'careful-comparer': {
    description:
      'Desktop, search ads; reads product pages and reviews over several days, asks the consultant chat, buys on the website.',
    weight: 0.32,
    age: [28, 55],
    device: { desktop: 0.8, tablet: 0.1, mobile: 0.1 },
    arrival: { 'search-ad': 0.6, 'social-ad': 0.3, 'promo-email': 0.1 },
    considers: 0.9,
    startsPurchase: 0.9,
    checkout: 'web',
    leavesAtDelivery: 0.45,
    considerDays: 2.5,
    reviews: 0.4,
    nps: 8.5,
  },
  'impulsive-app': {
    description:
      'Young, mobile; clicks a social ad, looks at a few laptops in the app and buys there within the hour.',
    weight: 0.22,
    age: [18, 32],
    device: { mobile: 1, desktop: 0, tablet: 0 },
    arrival: { 'social-ad': 0.9, 'search-ad': 0.1, 'promo-email': 0 },
    considers: 0.85,
    startsPurchase: 0.88,
    checkout: 'app',
    leavesAtDelivery: 0,
    considerDays: 0.02,
    reviews: 0.15,
    nps: 8.8,
  },
  'store-visitor': {
    description:
      'Older; finds a store by search, reserves a laptop online with a phone number, buys it at the till.',
    weight: 0.18,
    age: [35, 68],
    device: { desktop: 0.5, tablet: 0.3, mobile: 0.2 },
    arrival: { 'search-ad': 0.75, 'social-ad': 0.25, 'promo-email': 0 },
    considers: 0.85,
    startsPurchase: 0.92,
    checkout: 'store',
    leavesAtDelivery: 0,
    considerDays: 1.5,
    reviews: 0.2,
    nps: 9,
  },
  'bargain-hunter': {
    description:
      'Brought by promo e-mails to the sale; very sensitive to the delivery cost, often unsubscribes.',
    weight: 0.28,
    age: [20, 45],
    device: { mobile: 0.5, desktop: 0.45, tablet: 0.05 },
    arrival: { 'promo-email': 0.75, 'search-ad': 0.15, 'social-ad': 0.1 },
    considers: 0.85,
    startsPurchase: 0.85,
    checkout: 'web',
    leavesAtDelivery: 0.65,
    considerDays: 4,
    reviews: 0.2,
    nps: 7.5,
  },
};
