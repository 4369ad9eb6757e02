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
  /**
   * The findings of `cjm analyze pains` (engine `detectPains` on the example map) that are
   * this problem showing: kind and place. A test checks that they rank above any other.
   */
  readonly pains: readonly { readonly kind: string; readonly stage?: string; readonly touchpoint?: string }[];
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
      'Of the customers who reach Purchase, 50% never reach Usage, against 13% lost after the ' +
      'other stages (pains: drop-off at purchase, severity 0.72; the stage funnel over the map, ' +
      '30-day window, shows the same). In the website checkout, checkout_start → checkout_delivery ' +
      'keeps 96% and checkout_delivery → payment_view 47%.',
    pains: [{ kind: 'drop-off', stage: 'purchase' }],
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
      'Time to the next event (dwell, 30-minute sessions) at tp-payment is minutes, against seconds ' +
      'to under 2 minutes at the other website and app touchpoints. Pains: 31% of the customers at ' +
      'the payment page spend the usual p90 visit time or more there and never reach a later stage ' +
      '(other touchpoints 0.7%; long-dwell-exit, severity 0.44), and the same customers show as ' +
      'going back from Purchase to Consideration within the visit (6.5% against 0.1%; stage-return).',
    pains: [
      { kind: 'long-dwell-exit', touchpoint: 'tp-payment' },
      { kind: 'stage-return', stage: 'consideration' },
    ],
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
      'Of the customers who reach the payment page, 17% come back to it three or more times in one ' +
      'visit (up to 6), against 1% at the other touchpoints of Purchase (pains: loop at tp-payment, ' +
      'severity 0.28). The directly-follows graph has a payment_view ⇄ payment_error cycle.',
    pains: [
      { kind: 'loop', touchpoint: 'tp-payment' },
      { kind: 'loop', touchpoint: 'tp-payment-error' },
    ],
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
      'The CSAT survey after a delivery ticket asks about the delivery (touchpoint tp-delivery): 96% ' +
      'answer 1–3 against 17% about support itself (pains: low-csat at tp-delivery, severity 0.92); ' +
      '53% of the texts about the delivery are negative against 12% elsewhere (negative-sentiment, ' +
      'severity 0.45), angry in all three languages; customers with a delivery ticket give a much ' +
      'lower NPS.',
    pains: [
      { kind: 'low-csat', touchpoint: 'tp-delivery' },
      { kind: 'negative-sentiment', touchpoint: 'tp-delivery' },
    ],
  },
];
