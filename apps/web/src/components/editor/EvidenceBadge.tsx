import type { Evidence } from '@opencjm/core';
import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';

const MARKS: Readonly<Record<Evidence, string>> = { observed: '●', reported: '◐', hypothesis: '○' };

/** How a card is known: observed in data, reported by people, or a hypothesis. */
export const EvidenceBadge = memo(function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  const t = useT();
  const kind = t(`evidence.${evidence}`);
  return (
    <span className={`evidence evidence-${evidence}`} title={t('evidence.badge', { kind })}>
      <span aria-hidden="true">{MARKS[evidence]}</span> {kind}
    </span>
  );
});
