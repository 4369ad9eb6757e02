import type { MatchRule } from '@opencjm/core';
import type { BindingMap } from '../binding/bound-events.ts';
import type { StoryEvent } from './story.ts';

/**
 * A seeded random log for tests that compare two ways of computing one answer: `customers`
 * journeys of up to 13 events named by `letters`, at whole minutes within one hour (so
 * equal instants occur), each with a channel of web, email, app or none.
 */
export function randomStory(seed: number, customers: number, letters: string): StoryEvent[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const events: StoryEvent[] = [];
  for (let c = 0; c < customers; c++) {
    for (let i = Math.floor(random() * 14); i > 0; i--) {
      const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 60) * 60_000).toISOString();
      const channel = ['web', 'email', 'app', undefined][Math.floor(random() * 4)];
      const event = letters[Math.floor(random() * letters.length)] as string;
      events.push({ who: `anonymous_id:c${c}`, at, event, channel });
    }
  }
  return events;
}

/** A map of `stages` whose touchpoints are [id, stage, rule]: the parts that bind events. */
export function bindingMap(
  stages: readonly string[],
  touchpoints: readonly [string, string, MatchRule][],
): BindingMap {
  return {
    stages: stages.map((id) => ({ id, name: id })),
    touchpoints: touchpoints.map(([id, stage, match]) => ({
      id,
      name: id,
      stage,
      match,
      channel: 'web',
      kind: 'online' as const,
      source: 'quantitative' as const,
    })),
  };
}

/** Four touchpoints over the letters of {@link randomStory}, bound by event name and channel. */
export const LETTERS_MAP = bindingMap(
  ['s1', 's2', 's3'],
  [
    ['a-web', 's1', { event: 'A', channel: 'web' }],
    ['a', 's2', { event: 'A' }],
    ['b-or-c', 's3', { event: ['B', 'C*'] }],
    ['d', 's2', { event: 'D', channel: 'app' }],
  ],
);
