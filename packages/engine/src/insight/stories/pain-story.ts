import type { JourneyMap, Language } from '@opencjm/core';
import type { StoryEvent } from '../../analytics/story.ts';

/** The checkout map: discover → choose → pay → enjoy, with a pains lane. */
export function checkoutMap(language: Language = 'en'): JourneyMap {
  const tp = (id: string, name: string, stage: string, event: string) => ({
    id,
    name,
    channel: 'website',
    kind: 'online' as const,
    source: 'quantitative' as const,
    stage,
    match: { event },
  });
  return {
    schemaVersion: 1,
    id: 'map-checkout',
    title: 'Checkout',
    type: 'current',
    language,
    process: 'purchase',
    personas: [],
    stages: [
      { id: 'discover', name: 'Discover' },
      { id: 'choose', name: 'Choose' },
      { id: 'pay', name: 'Pay' },
      { id: 'enjoy', name: 'Enjoy' },
    ],
    lanes: [
      { id: 'actions', type: 'actions', title: 'Actions' },
      { id: 'pains', type: 'pains', title: 'Pains' },
    ],
    cards: [],
    emotions: [],
    touchpoints: [
      tp('tp-ad', 'Ad', 'discover', 'ad_click'),
      tp('tp-catalog', 'Catalog', 'choose', 'page_view'),
      tp('tp-checkout', 'Checkout', 'pay', 'checkout_step'),
      tp('tp-paid', 'Payment', 'pay', 'purchase'),
      tp('tp-help', 'Help chat', 'pay', 'chat_message'),
      tp('tp-review', 'Review', 'enjoy', 'review'),
    ],
    opportunities: [],
    kpis: [],
  };
}

/**
 * The checkout that loses people — thirty customers, each on their own hour of 1 April:
 * - s01–s10 buy smoothly: ad, catalog, one checkout step, purchase, and a "great laptop"
 *   review the next day; s01–s05 rate the payment (CSAT 5, 4, 5, 5, 3, touchpoint tp-paid);
 * - k01–k10 click the ad, view the catalog and go through checkout three times, 10 minutes
 *   apart; k01–k06 then write "card payment fails" in the help chat and rate the checkout
 *   (CSAT 2, 2, 1, 3, 2, 1); k07–k10 just leave after twenty minutes in checkout;
 * - b01–b10 click the ad, view the catalog and leave.
 */
export const PAIN_STORY: readonly StoryEvent[] = Array.from({ length: 30 }, (_, i) => i).flatMap((i) => {
  const group = i < 10 ? 's' : i < 20 ? 'k' : 'b';
  const no = (i % 10) + 1;
  const who = `customer_id:${group}${String(no).padStart(2, '0')}`;
  const at = (minutes: number) => new Date(Date.UTC(2026, 3, 1, i, minutes)).toISOString();
  const ev = (minutes: number, event: string, extra: Partial<StoryEvent> = {}): StoryEvent => ({
    who,
    at: at(minutes),
    event,
    channel: 'website',
    ...extra,
  });
  const csat = (minutes: number, score: number, touchpoint: string) =>
    ev(minutes, 'survey_response', {
      channel: 'survey',
      score,
      properties: { question: 'csat', touchpoint },
    });
  const start = [ev(0, 'ad_click', { channel: 'ads' }), ev(2, 'page_view')];
  if (group === 's') {
    const rating = [5, 4, 5, 5, 3][no - 1];
    return [
      ...start,
      ev(5, 'checkout_step'),
      ev(8, 'purchase', { value: 1000 }),
      ...(rating === undefined ? [] : [csat(9, rating, 'tp-paid')]),
      ev(24 * 60, 'review', { text: 'great laptop' }),
    ];
  }
  if (group === 'k') {
    const rating = [2, 2, 1, 3, 2, 1][no - 1];
    const steps = [ev(5, 'checkout_step'), ev(15, 'checkout_step'), ev(25, 'checkout_step')];
    if (rating === undefined) return [...start, ...steps];
    return [
      ...start,
      ...steps,
      ev(27, 'chat_message', { channel: 'chat', text: 'card payment fails' }),
      csat(28, rating, 'tp-checkout'),
    ];
  }
  return start;
});
