import type { Evidence } from '@opencjm/core';
import { Circle, CircleDashed, CircleDot, type LucideIcon } from 'lucide-react';
import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';

const MARKS: Readonly<Record<Evidence, LucideIcon>> = {
  observed: CircleDot,
  reported: Circle,
  hypothesis: CircleDashed,
};

/** How a card is known: observed in data, reported by people, or a hypothesis. */
export const EvidenceBadge = memo(function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  const t = useT();
  const kind = t(`evidence.${evidence}`);
  const Mark = MARKS[evidence];
  return (
    <span className={`evidence evidence-${evidence}`} title={t('evidence.badge', { kind })}>
      <Mark size={10} strokeWidth={3} aria-hidden="true" /> {kind}
    </span>
  );
});
