import type { TextTopic } from '../texts/index.ts';
import { DAY, HOUR, type Journey, MINUTE } from './journey.ts';

/** Product ratings (1–5): with a defect, after a bad delivery, and otherwise. */
const RATING_DEFECT = { 1: 0.6, 2: 0.3, 3: 0.1 } as const;
const RATING_DELIVERY = { 3: 0.35, 4: 0.45, 5: 0.2 } as const;
const RATING_GOOD = { 3: 0.07, 4: 0.33, 5: 0.6 } as const;

/**
 * Loyalty, after the laptop arrived: the rewards e-mail, the NPS question, a product review,
 * and now and then an unsubscribe. Scores and texts follow the journey so far: a slow or
 * failing payment, a bad delivery or a defect pull NPS and the rating down.
 */
export function stayLoyal(j: Journey): void {
  const received = j.story.receivedAt ?? j.now;
  rewardsEmail(j, received + j.random.lognormal(DAY, 0.4));
  const nps = npsScore(j);
  if (j.random.chance(j.customer.segment === 'impulsive-app' ? 0.45 : 0.55)) {
    const comment = j.random.chance(0.6) ? j.text(npsTopic(j, nps)) : undefined;
    j.add(
      {
        event: 'survey_nps',
        email: j.customer.ids.email,
        channel: 'survey',
        source: 'survey',
        score: nps,
        text: comment,
        props: { question: 'nps', stage: 'loyalty' },
      },
      received + j.random.lognormal(4 * DAY, 0.3),
    );
  }
  review(j, received);
  if (j.random.chance(nps <= 6 ? 0.15 : 0.03)) unsubscribe(j, received + j.random.lognormal(9 * DAY, 0.4));
}

/** Opened by most buyers, clicked by some. */
function rewardsEmail(j: Journey, at: number): void {
  if (!j.random.chance(0.72)) return;
  const mail = {
    email: j.customer.ids.email,
    channel: 'email',
    source: 'rewards',
    props: { campaign: 'welcome-bonus' },
  };
  j.add({ event: 'email_open', ...mail }, at);
  if (j.random.chance(0.45)) j.add({ event: 'email_click', ...mail, url: '/account/bonus' }, at + MINUTE);
}

/** 0–10: the segment's usual answer, minus what went wrong. */
function npsScore(j: Journey): number {
  const { story } = j;
  let score = j.random.normal(j.profile.nps, 1.3);
  if (story.slowPayment) score -= 1.5;
  if (story.paymentErrors >= 2) score -= 2;
  if (story.deliveryIssue !== null) score -= 4;
  if (story.hardwareIssue) score -= 3;
  return Math.max(0, Math.min(10, Math.round(score)));
}

function npsTopic(j: Journey, nps: number): TextTopic {
  if (nps >= 9) return 'nps_promoter';
  if (nps >= 7) return 'nps_passive';
  if (j.story.deliveryIssue !== null) return 'nps_detractor_delivery';
  if (j.story.slowPayment || j.story.paymentErrors > 0) return 'nps_detractor_payment';
  return 'nps_detractor_price';
}

/** A product review (1–5) a week or two after the laptop arrived. */
function review(j: Journey, received: number): void {
  const { story } = j;
  if (!j.random.chance(story.hardwareIssue ? 0.6 : j.profile.reviews)) return;
  const rating = Number(
    j.random.weighted(
      story.hardwareIssue ? RATING_DEFECT : story.deliveryIssue ? RATING_DELIVERY : RATING_GOOD,
    ),
  );
  const topic: TextTopic = rating >= 4 ? 'review_good' : rating === 3 ? 'review_mixed' : 'review_bad';
  const who = story.boughtAt === 'store' ? { email: j.customer.ids.email } : j.device();
  j.add(
    {
      event: 'review',
      ...who,
      channel: 'website',
      source: 'direct',
      url: `/reviews/${j.customer.model.slug}`,
      score: rating,
      text: j.text(topic),
      props: { model: j.customer.model.slug },
    },
    received + j.random.between(5, 15) * DAY + j.random.between(0, 12) * HOUR,
  );
}

/** Leaves the mailing list, sometimes saying why. */
export function unsubscribe(j: Journey, at: number): void {
  j.add(
    {
      event: 'unsubscribe',
      email: j.customer.ids.email,
      channel: 'email',
      source: 'promo',
      text: j.random.chance(0.4) ? j.text('unsubscribe') : undefined,
    },
    at,
  );
}
