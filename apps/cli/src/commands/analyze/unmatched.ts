import { bindingReport } from '@opencjm/engine';
import { table } from './format.ts';
import { type Kind, requireMap } from './kind.ts';
import { count } from './options.ts';

/** `cjm analyze unmatched --map FILE`: events no touchpoint rule of the map matches. */
export function registerUnmatched(kind: Kind): void {
  kind<{ limit: number }>(
    'unmatched',
    'events no touchpoint rule of the map matches',
    async (store, map, o) => {
      const report = await bindingReport(store, requireMap(map, 'unmatched'), o.limit);
      const rows = report.unmatchedEvents.map((u) => [u.event, u.channel ?? '', String(u.count)]);
      const tps = report.touchpoints.map((t) => [t.id, t.stage ?? '', String(t.events), String(t.customers)]);
      return {
        json: report,
        table: `${report.unmatched} of ${report.events} events match no touchpoint\n${table(['Event', 'Channel', 'Count'], rows, 'llr')}\n\n${table(['Touchpoint', 'Stage', 'Events', 'Customers'], tps, 'llrr')}`,
      };
    },
  ).option('--limit <n>', 'unmatched (event, channel) pairs to list', count, 50);
}
