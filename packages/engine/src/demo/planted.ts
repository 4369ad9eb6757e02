/** The kinds of journey problem the demo data hides, for analyses to find. */
export type PlantedProblemKind = 'drop-off' | 'slow-touchpoint' | 'loop' | 'negative-sentiment';

/** One problem planted in the demo shop's data, and how it shows. */
export interface PlantedProblem {
  /** Stable id, used by tests and the docs. */
  readonly id: string;
  readonly kind: PlantedProblemKind;
  /** Stage id of the example map "Buying a laptop online". */
  readonly stage: string;
  /** Touchpoint ids of the example map where it happens. */
  readonly touchpoints: readonly string[];
  /** What happens to the customers. */
  readonly what: string;
  /** What an analysis of ~3000 customers should show (measured on seed 2024). */
  readonly evidence: string;
}

/**
 * What `writeDemoShop` plants, so that tests and demos know what the analyses should find.
 * Everything else behaves normally. The strengths are set in `journey/checkout.ts`
 * (`CHECKOUT_PROBLEMS`) and `journey/support.ts` (`DELIVERY_PROBLEMS`); the figures below
 * are from 3000 customers, seed 2024, and move by a few points with another seed.
 */
export const DEMO_PLANTED_PROBLEMS: readonly PlantedProblem[] = [
  {
    id: 'checkout-drop-off',
    kind: 'drop-off',
    stage: 'purchase',
    touchpoints: ['tp-delivery-options', 'tp-payment'],
    what:
      'Many customers who start the website checkout abandon it: about half leave when the delivery ' +
      'cost first shows on the delivery options step, many more on the slow payment page.',
    evidence:
      'Of the customers who reach Purchase, 49% never reach Usage, against 12–14% lost after every ' +
      'other stage (the stage funnel over the map, 30-day window, shows the same). In the website ' +
      'checkout, checkout_start → checkout_delivery keeps 96%, checkout_delivery → payment_view 47% ' +
      'and payment_view → purchase 59%.',
  },
  {
    id: 'slow-payment-page',
    kind: 'slow-touchpoint',
    stage: 'purchase',
    touchpoints: ['tp-payment'],
    what:
      'The payment page is slow for 60% of the customers: they wait minutes on it (median 8 min) and ' +
      'more than half of them give up, glance at the catalogue once more and leave.',
    evidence:
      'Time to the next event (dwell, 30-minute sessions): tp-payment median 3 min 25 s, p90 12.5 min, ' +
      'against medians of 8 s to 1 min 41 s at every other website and app touchpoint (2 min at the ' +
      'consultant chat, a conversation).',
  },
  {
    id: 'payment-retry-loop',
    kind: 'loop',
    stage: 'purchase',
    touchpoints: ['tp-payment', 'tp-payment-error'],
    what:
      'Payments fail (card declined, 3-D Secure or gateway time-out) and customers re-enter the ' +
      'payment form again and again: payment_view → payment_error → payment_view …',
    evidence:
      'Of the customers who reach the payment page, 29% open it two or more times and 12% three or ' +
      'more (up to 6); no other checkout step is ever repeated. The directly-follows graph has a ' +
      'payment_view ⇄ payment_error cycle.',
  },
  {
    id: 'courier-complaints',
    kind: 'negative-sentiment',
    stage: 'usage',
    touchpoints: ['tp-delivery', 'tp-support', 'tp-csat'],
    what:
      '30% of the courier deliveries go wrong (late, damaged box, no call). Those customers write to ' +
      'support (topic delivery), support cannot help, and they answer CSAT with angry comments.',
    evidence:
      'CSAT on delivery tickets averages 1.75 of 5 (84% answer 1–2) against 4.2–4.4 on setup, ' +
      'hardware and invoice tickets (6–8% answer 1–2); the comments are angry in all three ' +
      'languages, and customers with a delivery ticket give NPS 3.5 on average against 8.0.',
  },
];
