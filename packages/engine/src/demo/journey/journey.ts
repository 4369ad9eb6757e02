import type { DemoCustomer } from '../customers.ts';
import type { Random } from '../random.ts';
import { SEGMENT_PROFILES, type SegmentProfile } from '../segments.ts';
import { composeText, PHRASEBOOKS, type TextTopic } from '../texts/index.ts';

/** Milliseconds per unit: journeys keep time as epoch milliseconds. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Extra attributes of one event: they land in the event's `properties`. */
export type DemoProps = Readonly<Record<string, string | number | boolean>>;

/** One event of the demo shop, before it is written as a line of NDJSON. */
export interface DemoEvent {
  /** Epoch milliseconds. */
  readonly t: number;
  readonly event: string;
  readonly anonymousId?: string;
  readonly userId?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly crmId?: string;
  readonly channel: string;
  /** Where it came from: ad platform, campaign kind, traffic source, system. */
  readonly source: string;
  readonly url?: string;
  readonly text?: string;
  readonly score?: number;
  /** Roubles. */
  readonly value?: number;
  readonly props?: DemoProps;
}

/** What happened so far, so that later stages (texts, scores) follow from it. */
export interface JourneyStory {
  /** On the promo mailing list (came by a promo e-mail). */
  subscribed: boolean;
  /** The payment page was slow for this customer. */
  slowPayment: boolean;
  /** Payment errors before the payment went through (or the customer gave up). */
  paymentErrors: number;
  /** Where the laptop was bought; null when it was not. */
  boughtAt: 'web' | 'app' | 'store' | null;
  orderId: string | null;
  /** The courier was late or the box damaged (planted delivery problem). */
  deliveryIssue: 'late' | 'damaged' | 'no-call' | null;
  /** The laptop itself has a defect. */
  hardwareIssue: boolean;
  /** Epoch ms the laptop reached the customer. */
  receivedAt: number | null;
}

/**
 * One customer's journey while it is being invented: a clock that only moves forward
 * (`wait`), the events so far, and the {@link JourneyStory}. Events may also be added at
 * other times (an e-mail opened while browsing); they are sorted by time when written.
 */
export class Journey {
  readonly events: DemoEvent[] = [];
  readonly profile: SegmentProfile;
  readonly story: JourneyStory = {
    subscribed: false,
    slowPayment: false,
    paymentErrors: 0,
    boughtAt: null,
    orderId: null,
    deliveryIssue: null,
    hardwareIssue: false,
    receivedAt: null,
  };
  /** Whether web and app events carry the account id (after sign-in at checkout). */
  signedIn = false;
  /** The traffic source of the current visit (`source` of web and app events). */
  visitSource = 'direct';

  constructor(
    readonly customer: DemoCustomer,
    readonly random: Random,
    /** Epoch ms of the first event. */
    public now: number,
  ) {
    this.profile = SEGMENT_PROFILES[customer.segment];
  }

  /** Moves the clock on by `ms`. */
  wait(ms: number): void {
    this.now += ms;
  }

  /** Moves the clock on by a log-normal pause around `median` ms (see `Random.lognormal`). */
  pause(median: number, spread = 0.5): void {
    this.now += this.random.lognormal(median, spread);
  }

  /** Records an event now (or at `at`, epoch ms). Takes ownership of `event` (sets its `t`). */
  add(event: Omit<DemoEvent, 't'>, at = this.now): void {
    (event as { t?: number }).t = Math.round(at);
    this.events.push(event as DemoEvent);
  }

  /** Identifiers a website or app event carries: the device, and the account once signed in. */
  device(): Pick<DemoEvent, 'anonymousId' | 'userId'> {
    const { ids } = this.customer;
    return this.signedIn ? { anonymousId: ids.anonymous, userId: ids.user } : { anonymousId: ids.anonymous };
  }

  /** A text on `topic` in the customer's language about their laptop. */
  text(topic: TextTopic): string {
    return composeText(PHRASEBOOKS[this.customer.lang], topic, this.random, this.customer.model.name);
  }
}
