import type { PainProposal as PainFinding } from '@opencjm/core';
import { RefreshCw } from 'lucide-react';
import { useMemo, useState } from 'react';
import { getPains } from '../../../api/insight.ts';
import { useAsync } from '../../../hooks/use-async.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useEditor } from '../../../store/editor.ts';
import { NONE } from '../../../store/empty.ts';
import { ErrorNotice } from '../../common/ErrorNotice.tsx';
import { IconButton } from '../../common/IconButton.tsx';
import { Loading } from '../../common/Loading.tsx';
import { PainFindingItem } from './PainFindingItem.tsx';
import { findingKey } from './pain-edits.ts';
import type { PlaceNames } from './pain-text.ts';
import { useRejectedPains } from './rejected-pains.ts';

const NO_FINDINGS: readonly PainFinding[] = [];

/** Stage and touchpoint names of the edited map, falling back to the id. */
function usePlaceNames(): PlaceNames {
  const stages = useEditor((state) => state.map?.stages ?? NONE);
  const touchpoints = useEditor((state) => state.map?.touchpoints ?? NONE);
  return useMemo(
    () => ({
      stage: (id) => stages.find((s) => s.id === id)?.name ?? id,
      touchpoint: (id) => touchpoints.find((tp) => tp.id === id)?.name ?? id,
    }),
    [stages, touchpoints],
  );
}

/**
 * Problem zones found in the customer data, most severe first, each with a proposed pain
 * card to accept into the map or reject (rejections are remembered per map in this browser).
 */
export function PainsPanel() {
  const t = useT();
  const mapId = useEditor((state) => state.map?.id ?? '');
  const language = useEditor((state) => state.map?.language ?? 'en');
  const loaded = useAsync((signal) => getPains(mapId, language, signal), `${mapId}|${language}`);
  const { rejected, setRejected } = useRejectedPains(mapId);
  const [showRejected, setShowRejected] = useState(false);
  const names = usePlaceNames();
  const findings = loaded.status === 'done' ? (loaded.data?.findings ?? NO_FINDINGS) : NO_FINDINGS;
  const rejectedCount = findings.filter((f) => rejected.has(findingKey(f))).length;
  const shown = showRejected ? findings : findings.filter((f) => !rejected.has(findingKey(f)));
  return (
    <section
      className="panel pains-panel"
      aria-labelledby="pains-title"
      aria-busy={loaded.status === 'loading'}
    >
      <div className="panel-heading">
        <h2 id="pains-title">{t('pains.title')}</h2>
        <IconButton label={t('pains.refresh')} icon={<RefreshCw size={14} />} onClick={loaded.reload} />
        {rejectedCount > 0 && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showRejected}
              onChange={(event) => setShowRejected(event.target.checked)}
            />
            <span>{t('pains.showRejected', { count: rejectedCount })}</span>
          </label>
        )}
      </div>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.status === 'done' &&
        (findings.length === 0 ? (
          <p className="muted">{t(loaded.data === null ? 'pains.unavailable' : 'pains.empty')}</p>
        ) : shown.length === 0 ? (
          <p className="muted">{t('pains.allRejected')}</p>
        ) : (
          <ol className="pain-list" aria-label={t('pains.list')}>
            {shown.map((finding) => {
              const key = findingKey(finding);
              return (
                <PainFindingItem
                  key={key}
                  finding={finding}
                  names={names}
                  rejected={rejected.has(key)}
                  onReject={setRejected}
                />
              );
            })}
          </ol>
        ))}
    </section>
  );
}
