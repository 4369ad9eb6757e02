import { type TimelineEvent, timeline } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { table } from './format.ts';
import type { Kind, Shown } from './kind.ts';

/** `cjm analyze timeline CUSTOMER`: one customer's journey across channels, with survey scores. */
export function registerTimeline(kind: Kind, ui: Ui): void {
  kind(
    'timeline',
    async (store, map, _o, [customer], s) => {
      const result = await timeline(store, { customer: customer ?? '', map });
      const t = s.ui.t.analyze.timeline;
      const rows = result.events.map((e) => [
        e.ts,
        e.event,
        e.channel === null ? '' : s.names.channel(e.channel),
        e.touchpoint === null ? '' : s.names.touchpoint(e.touchpoint),
        e.identifier,
        details(e, s),
      ]);
      const h = t.headers;
      return {
        json: result,
        table: `${t.head(result.customer, result.identifiers.join(', '))}\n${table([h.time, h.event, h.channel, h.touchpoint, h.identifier, h.details], rows, 'llllll')}`,
      };
    },
    [['<customer>', ui.t.help.analyze.timeline.customer]],
  );
}

/** What the event says besides its name: URL, text, survey score (with its question), value. */
function details(e: TimelineEvent, { ui }: Shown): string {
  const t = ui.t.analyze.timeline;
  const question = e.properties?.question;
  const score =
    e.score === null
      ? null
      : t.score(
          ui.fmt.fixed(e.score, Number.isInteger(e.score) ? 0 : 1),
          typeof question === 'string' ? question : null,
        );
  const value = e.value === null ? null : t.value(ui.fmt.fixed(e.value, Number.isInteger(e.value) ? 0 : 2));
  return [e.url, e.text, score, value].filter(Boolean).join(' ');
}
