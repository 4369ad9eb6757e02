import type { InitiativeStatus, InitiativeSummary } from '@opencjm/core';
import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { InitiativeCard } from './InitiativeCard.tsx';
import { statusKey } from './status-label.ts';

/** One column of the board: the initiatives of one status; a card dropped here takes it. */
export function StatusColumn({
  status,
  items,
  mapTitles,
  canWrite,
  onMove,
}: {
  status: InitiativeStatus;
  items: readonly InitiativeSummary[];
  mapTitles: ReadonlyMap<string, string>;
  canWrite: boolean;
  onMove: (id: string, status: InitiativeStatus) => void;
}) {
  const t = useT();
  const [over, setOver] = useState(false);
  const title = t('initiatives.column', { status: t(statusKey(status)), count: items.length });
  return (
    <section
      className={over ? 'board-column drop-target' : 'board-column'}
      aria-label={title}
      onDragOver={(event) => {
        if (!canWrite) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const id = event.dataTransfer.getData('text/x-initiative');
        if (canWrite && id) onMove(id, status);
      }}
    >
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('initiatives.emptyColumn')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <InitiativeCard
              key={item.id}
              item={item}
              mapTitle={mapTitles.get(item.mapId) ?? item.mapId}
              canWrite={canWrite}
              onMove={(next) => onMove(item.id, next)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
