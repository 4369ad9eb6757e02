import type { Touchpoint } from '@opencjm/core';
import { X } from 'lucide-react';
import { memo } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { applyEdit, useEditor, useReadOnly } from '../../store/editor.ts';
import { useMetrics } from '../../store/metrics.ts';
import { IconButton } from '../common/IconButton.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';
import { channelName } from './channel-icons.ts';
import { MetricLine } from './MetricLine.tsx';
import { StageSelect } from './StageSelect.tsx';

/** One touchpoint: channel icon, name, measured numbers, its stage and a remove button. */
export const TouchpointRow = memo(function TouchpointRow({ touchpoint }: { touchpoint: Touchpoint }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const metric = useMetrics((state) => state.metrics?.touchpoints[touchpoint.id]);
  const readOnly = useReadOnly();
  const stageName = useEditor((state) => state.map?.stages.find((s) => s.id === touchpoint.stage)?.name);
  return (
    <li className="touchpoint">
      <ChannelIcon channel={touchpoint.channel} />
      <div className="touchpoint-main">
        <strong>{touchpoint.name}</strong>
        <span className="muted">
          {channelName(touchpoint.channel, lang)} · {t(`touchpoints.${touchpoint.kind}`)}
        </span>
        {metric && <MetricLine metric={metric} name={touchpoint.name} />}
      </div>
      {readOnly ? (
        <span className="muted">{stageName ?? t('touchpoints.noStage')}</span>
      ) : (
        <>
          <StageSelect
            label={t('touchpoints.stage')}
            value={touchpoint.stage}
            emptyLabel={t('touchpoints.noStage')}
            onChange={(stage) =>
              applyEdit({ op: 'linkTouchpoint', touchpoint: touchpoint.id, stage: stage ?? null })
            }
          />
          <IconButton
            label={t('touchpoints.remove', { name: touchpoint.name })}
            icon={<X size={14} />}
            onClick={() => applyEdit({ op: 'removeTouchpoint', id: touchpoint.id })}
          />
        </>
      )}
    </li>
  );
});
