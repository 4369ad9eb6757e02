import { useMemo, useState } from 'react';
import { getTimeline } from '../../api/analytics.ts';
import type { TimelineEvent } from '../../api/analytics-schemas.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { timelineOption } from '../charts/options/timeline.ts';
import { Field } from '../common/Field.tsx';
import { DataPanel } from './DataPanel.tsx';

function TimelineContent({ events }: { events: readonly TimelineEvent[] }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const option = useMemo(
    () =>
      timelineOption(events, t('common.none'), (time) =>
        new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' }).format(time),
      ),
    [events, t, lang],
  );
  return (
    <>
      <EChart option={option} label={t('data.chart', { name: t('data.timeline') })} height={320} />
      <ol className="timeline-list">
        {events.map((event, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events carry no id and two may share a time and name; the list is never reordered.
          <li key={`${event.at}-${i}`}>
            <time dateTime={event.at}>{formatDateTime(lang, event.at)}</time> <strong>{event.name}</strong>
            {event.channel && <span className="muted"> · {event.channel}</span>}
            {event.text && <q>{event.text}</q>}
          </li>
        ))}
      </ol>
    </>
  );
}

/** One customer's events across channels, in time order. */
export function TimelinePanel({ mapId }: { mapId: string }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [customer, setCustomer] = useState('');
  return (
    <div>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setCustomer(draft.trim());
        }}
      >
        <Field label={t('data.customer')}>
          {(id) => <input id={id} value={draft} onChange={(event) => setDraft(event.target.value)} />}
        </Field>
        <button type="submit">{t('data.showTimeline')}</button>
      </form>
      {customer === '' ? (
        <p className="muted">{t('data.enterCustomer')}</p>
      ) : (
        <DataPanel
          load={(signal) => getTimeline(mapId, customer, signal)}
          loadKey={`${mapId}|${customer}`}
          isEmpty={(events) => events.length === 0}
        >
          {(events) => <TimelineContent events={events} />}
        </DataPanel>
      )}
    </div>
  );
}
