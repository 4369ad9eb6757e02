import type { PainProposal as PainFinding } from '@opencjm/core';
import { memo, useId } from 'react';
import { formatNumber, formatPercent, formatPValue } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { applyEdit, editorStore, useEditor, useReadOnly } from '../../../store/editor.ts';
import { acceptOperations, findingKey, isAccepted } from './pain-edits.ts';
import { type PlaceNames, painDetailText, painKindText, painPlaceText, painRateText } from './pain-text.ts';

interface PainFindingItemProps {
  finding: PainFinding;
  names: PlaceNames;
  rejected: boolean;
  /** Rejects (true) or restores (false) the finding with this {@link findingKey}. */
  onReject: (key: string, rejected: boolean) => void;
}

/**
 * One finding: kind, place, its numbers against the rest of the map, the proposed card, and
 * Accept (the card goes into the pains lane as one undoable edit) or Reject.
 */
export const PainFindingItem = memo(function PainFindingItem(props: PainFindingItemProps) {
  const { finding, names, rejected, onReject } = props;
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const titleId = useId();
  const accepted = useEditor((state) => (state.map ? isAccepted(state.map, finding) : false));
  const readOnly = useReadOnly();
  const kind = painKindText(t, finding.kind);
  const place = painPlaceText(finding, names);
  const detail = painDetailText(t, lang, finding, names);
  const accept = () => {
    const map = editorStore.getState().map;
    const ops = map && acceptOperations(map, finding);
    if (ops && ops.length > 0) applyEdit(ops);
  };
  const stats = [
    ...(finding.ci
      ? [t('data.ci', { lo: formatPercent(lang, finding.ci[0]), hi: formatPercent(lang, finding.ci[1]) })]
      : []),
    t('pains.p', { p: formatPValue(lang, finding.pValue) }),
    t('pains.severity', { value: formatNumber(lang, finding.severity, 2) }),
  ];
  const state = accepted ? 'accepted' : rejected ? 'rejected' : 'open';
  return (
    <li className={`pain-item ${state}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="pain-title">
        <span className="pain-kind">{kind}</span>
        <span className="pain-place">{place}</span>
      </h3>
      <p className="pain-rate">{painRateText(t, lang, finding)}</p>
      <p className="pain-stats muted">{stats.join(' · ')}</p>
      {detail && <p className="pain-detail">{detail}</p>}
      {finding.card ? (
        <blockquote className="pain-card-text" aria-label={t('pains.proposedCard')}>
          {finding.card.text}
        </blockquote>
      ) : (
        <p className="muted">{t('pains.noCard')}</p>
      )}
      <div className="pain-actions">
        {readOnly ? (
          accepted && <span className="pain-accepted">{t('pains.accepted')}</span>
        ) : accepted ? (
          <span className="pain-accepted">{t('pains.accepted')}</span>
        ) : rejected ? (
          <button
            type="button"
            onClick={() => onReject(findingKey(finding), false)}
            aria-label={t('pains.restoreOf', { kind, place })}
          >
            {t('pains.restore')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={!finding.card}
              onClick={accept}
              aria-label={t('pains.acceptOf', { kind, place })}
            >
              {t('pains.accept')}
            </button>
            <button
              type="button"
              onClick={() => onReject(findingKey(finding), true)}
              aria-label={t('pains.rejectOf', { kind, place })}
            >
              {t('pains.reject')}
            </button>
          </>
        )}
      </div>
    </li>
  );
});
