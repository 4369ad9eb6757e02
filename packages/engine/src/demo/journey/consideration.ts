import { DEMO_MODELS } from '../customers.ts';
import { citySlug } from './awareness.ts';
import { DAY, HOUR, type Journey, MINUTE, SECOND } from './journey.ts';

/** Which pages are looked at: the careful read reviews, the rest skim the catalogue. */
const CAREFUL_PAGES = { catalog: 0.25, product: 0.4, reviews: 0.35 } as const;
const QUICK_PAGES = { catalog: 0.5, product: 0.45, reviews: 0.05 } as const;
const CATALOG_URLS = [
  '/catalog/laptops',
  '/catalog/laptops?sort=price',
  '/catalog/laptops?ram=16',
  '/catalog/sale',
];

/**
 * Consideration: the customer looks at laptops in the way of their segment — website
 * sessions over several days (catalogue, product pages, reviews, the consultant chat), a few
 * minutes in the app, or a reservation and a visit to a store. Returns whether they go on
 * to buy (put a laptop in the cart, or buy it in the store).
 */
export function consider(j: Journey): boolean {
  switch (j.profile.checkout) {
    case 'app':
      browseApp(j);
      break;
    case 'store':
      if (!visitStore(j)) return false;
      break;
    default:
      browseWeb(j);
  }
  return j.random.chance(j.profile.startsPurchase);
}

/** Website sessions spread over the segment's comparing days; the careful ask the chat. */
function browseWeb(j: Journey): void {
  const careful = j.customer.segment === 'careful-comparer';
  const sessions = careful ? j.random.int(2, 4) : j.random.int(1, 3);
  const asks = j.random.chance(careful ? 0.55 : 0.1);
  const chatSession = j.random.int(0, sessions - 1);
  for (let s = 0; s < sessions; s++) {
    if (s > 0) {
      j.pause((j.profile.considerDays * DAY) / sessions, 0.6);
      j.visitSource = 'direct';
    }
    const pages = careful ? j.random.int(4, 9) : j.random.int(3, 6);
    for (let p = 0; p < pages; p++) {
      pageView(j, careful);
      if (asks && s === chatSession && p === 1) chat(j);
    }
  }
}

/** One page view and the time read on it. */
function pageView(j: Journey, careful: boolean): void {
  const wanted = j.random.chance(0.6) ? j.customer.model : j.random.pick(DEMO_MODELS);
  const kind = j.random.weighted(careful ? CAREFUL_PAGES : QUICK_PAGES);
  const url =
    kind === 'catalog'
      ? careful
        ? j.random.pick(CATALOG_URLS.slice(0, 3))
        : j.random.pick(CATALOG_URLS)
      : `/${kind}/${wanted.slug}`;
  j.add({ event: 'page_view', ...j.device(), channel: 'website', source: j.visitSource, url });
  j.pause(kind === 'catalog' ? 40 * SECOND : kind === 'product' ? 75 * SECOND : 100 * SECOND, 0.6);
}

/** 1–3 questions to the consultant chat, a couple of minutes apart. */
function chat(j: Journey): void {
  const messages = j.random.int(1, 3);
  for (let m = 0; m < messages; m++) {
    j.add({
      event: 'chat_message',
      ...j.device(),
      channel: 'chat',
      source: 'website',
      text: j.text('chat_question'),
      props: { topic: 'pre-sale' },
    });
    j.pause(2 * MINUTE, 0.5);
  }
}

/** The app: opened from the ad, a few products looked at within minutes. */
function browseApp(j: Journey): void {
  // The app keeps its user signed in: its events carry the account from the start.
  j.signedIn = true;
  j.add({ event: 'app_open', ...j.device(), channel: 'mobile-app', source: j.visitSource });
  j.pause(15 * SECOND, 0.5);
  const views = j.random.int(1, 4);
  for (let v = 0; v < views; v++) {
    const model = v === views - 1 ? j.customer.model : j.random.pick(DEMO_MODELS);
    j.add({
      event: 'app_product_view',
      ...j.device(),
      channel: 'mobile-app',
      source: j.visitSource,
      props: { model: model.slug },
    });
    j.pause(35 * SECOND, 0.6);
  }
}

/** A look at the product online, a reservation with the phone number, then (usually) the visit. */
function visitStore(j: Journey): boolean {
  const store = citySlug(j.customer.region);
  if (j.random.chance(0.5)) pageView(j, false);
  j.add({
    event: 'store_reserve',
    ...j.device(),
    phone: j.customer.ids.phone,
    channel: 'website',
    source: j.visitSource,
    url: `/stores/${store}/reserve`,
    props: { store, model: j.customer.model.slug },
  });
  if (!j.random.chance(0.9)) return false;
  j.pause(j.profile.considerDays * DAY, 0.5);
  j.wait(HOUR);
  j.add({
    event: 'store_visit',
    phone: j.customer.ids.phone,
    channel: 'store',
    source: `store-${store}`,
    props: { store },
  });
  j.pause(15 * MINUTE, 0.4);
  return true;
}
