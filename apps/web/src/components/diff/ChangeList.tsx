import type { JourneyMap, MapChange } from '@opencjm/core';
import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { ChangeLabels, describeChange } from './describe-change.ts';

const SIGNS: Readonly<Record<MapChange['kind'], string>> = {
  added: '+',
  removed: '−',
  changed: '~',
  moved: '↕',
};

interface ChangeListProps {
  changes: readonly MapChange[];
  /** The maps compared, to name the things that changed. */
  maps: readonly JourneyMap[];
  label?: string;
}

/** A semantic diff as a list of sentences in the interface language. */
export function ChangeList({ changes, maps, label }: ChangeListProps) {
  const t = useT();
  const labels = useMemo(() => new ChangeLabels(maps), [maps]);
  if (changes.length === 0) return <p className="change-list-empty">{t('diff.none')}</p>;
  return (
    <ul className="change-list" aria-label={label ?? t('diff.list')}>
      {changes.map((change) => (
        <li key={`${change.kind}:${change.path}`} className={`change change-${change.kind}`}>
          <span className="change-sign" aria-hidden="true">
            {SIGNS[change.kind]}
          </span>
          {describeChange(t, labels, change)}
        </li>
      ))}
    </ul>
  );
}
