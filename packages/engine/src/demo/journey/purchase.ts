import { citySlug } from './awareness.ts';
import { webCheckout } from './checkout.ts';
import { HOUR, type Journey, SECOND } from './journey.ts';

/** CES answers (1 = least effort … 7 = most) after a slow or failing payment page, and a smooth one. */
const CES_TROUBLE = { 3: 0.05, 4: 0.2, 5: 0.3, 6: 0.3, 7: 0.15 } as const;
const CES_SMOOTH = { 1: 0.35, 2: 0.4, 3: 0.2, 4: 0.05 } as const;
const PAYMENT_METHODS = ['card', 'card', 'card', 'sbp', 'installments'];

/**
 * Purchase: the website checkout (see {@link webCheckout}), a quick in-app purchase, or a
 * purchase at the store's till (where the loyalty card joins phone, card number and e-mail).
 * A web or app order is followed by the checkout survey (CES). Returns whether the customer
 * bought the laptop.
 */
export function buy(j: Journey): boolean {
  const place = j.profile.checkout;
  const bought = place === 'web' ? webCheckout(j) : place === 'app' ? appCheckout(j) : true;
  if (!bought) return false;
  const { ids, model } = j.customer;
  const orderId = `order-${String(j.customer.n).padStart(7, '0')}`;
  j.story.boughtAt = place;
  j.story.orderId = orderId;
  const order = { order_id: orderId, model: model.slug, payment_method: j.random.pick(PAYMENT_METHODS) };
  if (place === 'store') {
    const store = citySlug(j.customer.region);
    j.add({
      event: 'purchase',
      phone: ids.phone,
      crmId: ids.crm,
      email: ids.email,
      channel: 'store',
      source: `store-${store}`,
      value: model.price,
      props: { ...order, store },
    });
    return true;
  }
  j.add({
    event: 'purchase',
    ...j.device(),
    email: ids.email,
    channel: place === 'app' ? 'mobile-app' : 'website',
    source: j.visitSource,
    url: place === 'app' ? undefined : '/checkout/complete',
    value: model.price,
    props: order,
  });
  checkoutSurvey(j);
  return true;
}

/** In the app: cart and one-tap payment; a few leave at the cart. */
function appCheckout(j: Journey): boolean {
  const app = { channel: 'mobile-app', source: j.visitSource };
  j.add({ event: 'add_to_cart', ...j.device(), ...app, props: { model: j.customer.model.slug } });
  j.pause(90 * SECOND, 0.6);
  return j.random.chance(0.85);
}

/**
 * The CES question after the order ("How much effort did placing the order take?", 1 = very
 * little … 7 = a great deal), answered by some; a slow or failing payment page makes it hard.
 */
function checkoutSurvey(j: Journey): void {
  if (!j.random.chance(0.42)) return;
  const trouble = j.story.slowPayment || j.story.paymentErrors > 0;
  const score = Number(j.random.weighted(trouble ? CES_TROUBLE : CES_SMOOTH));
  const commented = j.random.chance(0.55);
  j.add(
    {
      event: 'survey_ces',
      email: j.customer.ids.email,
      channel: 'survey',
      source: 'survey',
      score,
      text: commented ? j.text(score >= 4 && trouble ? 'ces_hard_payment' : 'ces_easy') : undefined,
      props: { question: 'ces', stage: 'purchase', touchpoint: 'tp-checkout' },
    },
    j.now + j.random.lognormal(2 * HOUR, 0.8),
  );
}
