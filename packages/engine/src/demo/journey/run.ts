import type { DemoCustomer } from '../customers.ts';
import type { Random } from '../random.ts';
import { arrive } from './awareness.ts';
import { consider } from './consideration.ts';
import { DAY, type DemoEvent, Journey } from './journey.ts';
import { stayLoyal, unsubscribe } from './loyalty.ts';
import { buy } from './purchase.ts';
import { use } from './usage.ts';

/**
 * The whole journey of one customer from epoch ms `start`, stage after stage, stopping
 * where the customer leaves; events in time order (ties keep the order they happened in).
 */
export function customerJourney(customer: DemoCustomer, random: Random, start: number): DemoEvent[] {
  const j = new Journey(customer, random, start);
  if (arrive(j) && consider(j) && buy(j)) {
    use(j);
    stayLoyal(j);
  } else if (j.story.subscribed && random.chance(0.2)) {
    // A subscriber who did not buy tires of the promo mails.
    unsubscribe(j, j.now + random.lognormal(10 * DAY, 0.5));
  }
  return j.events.sort((a, b) => a.t - b.t);
}
