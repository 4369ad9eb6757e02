import type { Language } from '@opencjm/core';
import type { Random } from '../random.ts';

/** What a customer writes about: the situation decides the topic, the topic the sentiment. */
export const TEXT_TOPICS = [
  'chat_question',
  'ticket_delivery',
  'ticket_setup',
  'ticket_hardware',
  'ticket_invoice',
  'csat_good',
  'csat_neutral',
  'csat_bad_delivery',
  'ces_easy',
  'ces_hard_payment',
  'nps_promoter',
  'nps_passive',
  'nps_detractor_payment',
  'nps_detractor_delivery',
  'nps_detractor_price',
  'review_good',
  'review_mixed',
  'review_bad',
  'return_reason',
  'unsubscribe',
] as const;
export type TextTopic = (typeof TEXT_TOPICS)[number];

/**
 * The texts of one language, as parts: a text on a topic is one fragment from each slot of
 * that topic, in order (an empty fragment leaves the slot out), so a few fragments per slot
 * give dozens of distinct texts per topic. `{model}` stands for the laptop model.
 */
export interface Phrasebook {
  /** Put between fragments: a space, or nothing for Chinese. */
  readonly joiner: string;
  readonly topics: Readonly<Record<TextTopic, readonly (readonly string[])[]>>;
}

/** One text on `topic`, drawn from `book`; `model` fills `{model}`. */
export function composeText(book: Phrasebook, topic: TextTopic, random: Random, model: string): string {
  const parts: string[] = [];
  for (const slot of book.topics[topic]) {
    const fragment = random.pick(slot);
    if (fragment !== '') parts.push(fragment);
  }
  return finish(parts.join(book.joiner), model);
}

/** Every text `topic` can give in `book` (for tests: how varied the texts are). */
export function allTexts(book: Phrasebook, topic: TextTopic, model: string): string[] {
  let texts = [''];
  for (const slot of book.topics[topic]) {
    texts = texts.flatMap((head) =>
      slot.map((fragment) =>
        head === '' ? fragment : fragment === '' ? head : head + book.joiner + fragment,
      ),
    );
  }
  return texts.map((text) => finish(text, model));
}

/** Fills in the model and starts the text with a capital (a left-out greeting leaves a
 *  lower-case continuation first). */
function finish(text: string, model: string): string {
  const filled = text.replaceAll('{model}', model);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** A phrasebook per language, looked up by the customer's language. */
export type Phrasebooks = Readonly<Record<Language, Phrasebook>>;
