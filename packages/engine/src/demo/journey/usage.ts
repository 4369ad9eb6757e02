import { DAY, HOUR, type Journey, MINUTE } from './journey.ts';
import { DELIVERY_PROBLEMS, supportTicket } from './support.ts';

const ISSUES = { late: 0.5, damaged: 0.25, 'no-call': 0.25 } as const;

/**
 * Usage: the laptop reaches the customer — by courier (sometimes badly: the planted
 * delivery problem) or over the store's counter with the warranty activated there — and
 * some write to support (delivery, setup, a defect, documents) or ask to return it.
 */
export function use(j: Journey): void {
  if (j.story.boughtAt === 'store') {
    j.wait(3 * MINUTE);
    j.story.receivedAt = j.now;
    const { phone, crm } = j.customer.ids;
    j.add({ event: 'warranty_activated', phone, crmId: crm, channel: 'store', source: 'till' });
  } else {
    deliver(j);
    if (j.random.chance(0.3)) {
      j.now = (j.story.receivedAt ?? j.now) + j.random.lognormal(DAY, 0.8);
      j.add({
        event: 'warranty_activated',
        ...j.device(),
        channel: 'website',
        source: 'direct',
        url: '/account/warranty',
      });
    }
  }
  j.story.hardwareIssue = j.random.chance(0.08);
  const received = j.story.receivedAt ?? j.now;
  if (j.story.hardwareIssue && j.random.chance(0.85))
    supportTicket(j, 'hardware', received + j.random.lognormal(2 * DAY, 0.6));
  if (j.random.chance(0.12)) supportTicket(j, 'setup', received + j.random.lognormal(8 * HOUR, 0.8));
  if (j.random.chance(0.06)) supportTicket(j, 'invoice', received + j.random.lognormal(DAY, 0.8));
  returnRequest(j, received);
}

/** Courier delivery of a web or app order; a share goes wrong and is written about. */
function deliver(j: Journey): void {
  const who = { email: j.customer.ids.email, channel: 'delivery', source: 'courier' };
  const order = { order_id: j.story.orderId ?? '' };
  const shipped = j.now + j.random.lognormal(10 * HOUR, 0.5);
  j.add({ event: 'order_shipped', ...who, props: order }, shipped);
  const issue = j.random.chance(DELIVERY_PROBLEMS.goesWrong) ? j.random.weighted(ISSUES) : null;
  j.story.deliveryIssue = issue;
  const delivered =
    shipped + (issue === 'late' ? j.random.between(5, 8) * DAY : j.random.lognormal(1.5 * DAY, 0.4));
  j.add({ event: 'order_delivered', ...who, props: { ...order, on_time: issue !== 'late' } }, delivered);
  j.story.receivedAt = delivered;
  j.now = delivered;
  if (issue === null || !j.random.chance(DELIVERY_PROBLEMS.writes)) return;
  const at =
    issue === 'late'
      ? shipped + j.random.between(3, 4.5) * DAY
      : delivered + j.random.lognormal(3 * HOUR, 0.5);
  supportTicket(j, 'delivery', at);
}

/** A return request: mostly for a defect or a damaged box, rarely otherwise. */
function returnRequest(j: Journey, received: number): void {
  const p = j.story.hardwareIssue ? 0.5 : j.story.deliveryIssue === 'damaged' ? 0.3 : 0.02;
  if (!j.random.chance(p)) return;
  const reason = j.story.hardwareIssue
    ? 'defect'
    : j.story.deliveryIssue === 'damaged'
      ? 'damaged'
      : 'changed-mind';
  const device = j.story.boughtAt === 'store' ? { phone: j.customer.ids.phone } : j.device();
  j.add(
    {
      event: 'return_request',
      ...device,
      email: j.customer.ids.email,
      channel: 'website',
      source: 'direct',
      url: '/account/returns',
      text: j.text('return_reason'),
      props: { order_id: j.story.orderId ?? '', reason },
    },
    received + j.random.lognormal(4 * DAY, 0.5),
  );
}
