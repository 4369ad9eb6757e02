import type { TextTopic } from '../texts/index.ts';
import { DAY, HOUR, type Journey } from './journey.ts';

/** Why a customer writes to support. `delivery` is the planted problem topic. */
export type SupportTopic = 'delivery' | 'setup' | 'hardware' | 'invoice';

/**
 * Strength of the planted courier problem: shares 0..1. Customers whose delivery went
 * wrong write to support about it, and support cannot help — low CSAT, angry comments.
 */
export const DELIVERY_PROBLEMS = {
  /** Web and app orders whose delivery goes wrong (late, damaged box, no call). */
  goesWrong: 0.3,
  /** Of those, the share who write to support. */
  writes: 0.8,
  /** CSAT answers (1–5) on delivery tickets, and on every other topic. */
  csatDelivery: { 1: 0.45, 2: 0.35, 3: 0.15, 4: 0.05 },
  csatOther: { 2: 0.05, 3: 0.1, 4: 0.3, 5: 0.55 },
} as const;

const TICKET_TOPIC: Readonly<Record<SupportTopic, TextTopic>> = {
  delivery: 'ticket_delivery',
  setup: 'ticket_setup',
  hardware: 'ticket_hardware',
  invoice: 'ticket_invoice',
};

/**
 * A support ticket (by e-mail form or support chat) at `at`, and, once it is resolved, the
 * CSAT question ("How satisfied are you with our support?", 1–5) answered by some. Delivery
 * tickets are resolved slowly and badly (the planted problem); the rest well.
 */
export function supportTicket(j: Journey, topic: SupportTopic, at: number): void {
  const ticketId = `T-${String(j.customer.n).padStart(7, '0')}-${topic}`;
  const who = { email: j.customer.ids.email, userId: j.customer.ids.user };
  j.add(
    {
      event: 'ticket',
      ...who,
      channel: j.random.chance(0.55) ? 'support' : 'chat',
      source: 'helpdesk',
      text: j.text(TICKET_TOPIC[topic]),
      props: { topic, ticket_id: ticketId },
    },
    at,
  );
  const delivery = topic === 'delivery';
  const resolved = at + (delivery ? j.random.lognormal(2 * DAY, 0.5) : j.random.lognormal(6 * HOUR, 0.8));
  if (!j.random.chance(0.65)) return;
  const score = Number(
    j.random.weighted(delivery ? DELIVERY_PROBLEMS.csatDelivery : DELIVERY_PROBLEMS.csatOther),
  );
  const comment: TextTopic =
    delivery && score <= 2 ? 'csat_bad_delivery' : score >= 4 ? 'csat_good' : 'csat_neutral';
  j.add(
    {
      event: 'survey_csat',
      email: j.customer.ids.email,
      channel: 'survey',
      source: 'survey',
      score,
      text: j.random.chance(0.7) ? j.text(comment) : undefined,
      // The survey asks about what the ticket was about: the delivery, or the support itself.
      props: {
        question: 'csat',
        stage: 'usage',
        touchpoint: delivery ? 'tp-delivery' : 'tp-support',
        topic,
        ticket_id: ticketId,
      },
    },
    resolved + j.random.lognormal(3 * HOUR, 0.7),
  );
}
