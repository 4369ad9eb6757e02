import { timeline } from '@opencjm/engine';
import { table } from './format.ts';
import type { Kind } from './kind.ts';

/** `cjm analyze timeline CUSTOMER`: one customer's journey across channels. */
export function registerTimeline(kind: Kind): void {
  kind(
    'timeline',
    "one customer's journey across channels",
    async (store, map, _o, [customer]) => {
      const result = await timeline(store, { customer: customer ?? '', map });
      const rows = result.events.map((e) => [
        e.ts,
        e.event,
        e.channel ?? '',
        e.touchpoint ?? '',
        e.identifier,
        [e.url, e.text, e.value === null ? null : `value ${e.value}`].filter(Boolean).join(' '),
      ]);
      return {
        json: result,
        table: `customer ${result.customer}: ${result.identifiers.join(', ')}\n${table(['Time (UTC)', 'Event', 'Channel', 'Touchpoint', 'Identifier', 'Details'], rows, 'llllll')}`,
      };
    },
    ['<customer>'],
  );
}
