import { type Journey, MINUTE, SECOND } from './journey.ts';

/**
 * Strength of the problems planted in the website checkout (shares 0..1, times in ms). See
 * `DEMO_PLANTED_PROBLEMS` for what they should look like in the data.
 */
export const CHECKOUT_PROBLEMS = {
  /** Customers for whom the payment page is slow. */
  slowPayment: 0.6,
  /** Time on the slow payment page: log-normal median, capped below the 30-minute session gap. */
  slowPaymentMedian: 8 * MINUTE,
  slowPaymentMax: 25 * MINUTE,
  /** Of those, the share who give up after waiting on the slow page: back to the catalogue, and gone. */
  leavesSlowPayment: 0.55,
  /** Time on the payment page when it works: log-normal median. */
  paymentMedian: 45 * SECOND,
  /** The first payment attempt fails (`payment_error`); a retry fails again with `failsAgain`. */
  firstAttemptFails: 0.6,
  failsAgain: 0.6,
  /** After an error the customer re-enters the payment form with this chance. */
  retries: 0.82,
  /** Attempts before the customer gives up for good. */
  maxAttempts: 6,
} as const;

/**
 * The A/B test planted in the website checkout (see `DEMO_EXPERIMENT`): every customer who
 * puts a laptop in the cart on the website sees one variant (`add_to_cart` carries it as
 * the property `checkout_variant`; app carts carry none), alternating by customer number
 * (a fixed 50/50 split that draws no random number, so the rest of the data is unchanged
 * in kind). In the `free-delivery` variant the cart promises free delivery and fewer
 * customers leave when the delivery options show.
 */
export const CHECKOUT_EXPERIMENT = {
  /** The website cart: the first page that differs between the variants. */
  exposure: 'add_to_cart',
  variantProperty: 'checkout_variant',
  control: 'control',
  treatment: 'free-delivery',
  /** The treatment's chance to leave at the delivery options, relative to the control's. */
  leaveFactor: 0.6,
} as const;

/** The variant of the planted checkout experiment a customer sees. */
export function checkoutVariant(customerNumber: number): string {
  const e = CHECKOUT_EXPERIMENT;
  return customerNumber % 2 === 0 ? e.control : e.treatment;
}

const ERROR_CODES = ['card_declined', '3ds_timeout', 'gateway_timeout', 'gateway_timeout'];
const DELIVERY_COSTS = [490, 990, 1490, 2490];

/**
 * The website checkout: cart, sign-in, delivery options (where the delivery cost first
 * shows and many leave), the payment page (slow for half of the customers, failing and
 * retried in a loop) and the order. Returns whether an order was placed.
 */
export function webCheckout(j: Journey): boolean {
  const { model } = j.customer;
  const web = { channel: 'website', source: j.visitSource };
  const variant = checkoutVariant(j.customer.n);
  // The cart is the exposure: it carries the variant the customer saw.
  j.add({
    event: CHECKOUT_EXPERIMENT.exposure,
    ...j.device(),
    ...web,
    url: '/cart',
    props: { model: model.slug, [CHECKOUT_EXPERIMENT.variantProperty]: variant },
  });
  j.pause(40 * SECOND, 0.5);
  if (!j.random.chance(0.92)) return false;
  // Sign-in: from here on web events carry the account; this one also the e-mail.
  j.signedIn = true;
  j.add({ event: 'checkout_start', ...j.device(), email: j.customer.ids.email, ...web, url: '/checkout' });
  j.pause(50 * SECOND, 0.5);
  if (!j.random.chance(0.96)) return false;
  const deliveryCost = j.random.pick(DELIVERY_COSTS);
  j.add({
    event: 'checkout_delivery',
    ...j.device(),
    ...web,
    url: '/checkout/delivery',
    props: { delivery_cost: deliveryCost },
  });
  j.pause(70 * SECOND, 0.5);
  const leaves =
    j.profile.leavesAtDelivery *
    (deliveryCost >= 1490 ? 1.2 : 0.8) *
    (variant === CHECKOUT_EXPERIMENT.treatment ? CHECKOUT_EXPERIMENT.leaveFactor : 1);
  if (j.random.chance(leaves)) return false;
  return payment(j, web);
}

/** The payment page, with the slow page and the error–retry loop. */
function payment(j: Journey, web: { channel: string; source: string }): boolean {
  const p = CHECKOUT_PROBLEMS;
  const slow = j.random.chance(p.slowPayment);
  j.story.slowPayment = slow;
  for (let attempt = 1; ; attempt++) {
    j.add({ event: 'payment_view', ...j.device(), ...web, url: '/checkout/payment', props: { attempt } });
    const dwell = slow
      ? Math.min(j.random.lognormal(p.slowPaymentMedian, 0.45), p.slowPaymentMax)
      : j.random.lognormal(p.paymentMedian, 0.4);
    j.wait(dwell);
    if (slow && attempt === 1 && j.random.chance(p.leavesSlowPayment)) {
      // Gave up waiting: one last look at the catalogue (so the wait is measurable), then gone.
      j.add({ event: 'page_view', ...j.device(), ...web, url: '/catalog/laptops' });
      return false;
    }
    const fails = j.random.chance(attempt === 1 ? p.firstAttemptFails : p.failsAgain);
    if (!fails) break;
    j.story.paymentErrors++;
    j.add({
      event: 'payment_error',
      ...j.device(),
      ...web,
      url: '/checkout/payment',
      props: { attempt, error_code: j.random.pick(ERROR_CODES) },
    });
    j.pause(25 * SECOND, 0.5);
    if (attempt >= p.maxAttempts || !j.random.chance(p.retries)) return false;
  }
  return true;
}
