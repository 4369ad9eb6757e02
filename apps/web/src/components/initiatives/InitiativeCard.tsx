import type { InitiativeStatus, InitiativeSummary } from '@opencjm/core';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { StatusSelect } from './StatusSelect.tsx';

/** One initiative on the board: title (a link to its page), owner, due date, map; editors move it. */
export function InitiativeCard({
  item,
  mapTitle,
  canWrite,
  onMove,
}: {
  item: InitiativeSummary;
  mapTitle: string;
  canWrite: boolean;
  onMove: (status: InitiativeStatus) => void;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const due = item.due
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(item.due))
    : null;
  return (
    <li
      className="initiative-card"
      draggable={canWrite}
      onDragStart={(event) => event.dataTransfer.setData('text/x-initiative', item.id)}
    >
      <a href={`#/initiatives/${encodeURIComponent(item.id)}`}>{item.title}</a>
      <span className="muted">
        {item.owner ? t('initiatives.ownerIs', { owner: item.owner }) : t('initiatives.noOwner')}
      </span>
      {due && <span>{t('initiatives.dueOn', { date: due })}</span>}
      <span className="muted">{t('initiatives.onMap', { title: mapTitle })}</span>
      {item.hasExperiment && <span className="badge">{t('initiatives.hasExperiment')}</span>}
      {canWrite && (
        <StatusSelect
          value={item.status}
          label={t('initiatives.statusOf', { title: item.title })}
          onChange={onMove}
        />
      )}
    </li>
  );
}
