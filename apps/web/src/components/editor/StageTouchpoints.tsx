import type { Touchpoint } from '@opencjm/core';
import { memo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { NONE } from '../../store/empty.ts';
import { AttributionFigure } from '../initiatives/AttributionFigure.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';

/** The touchpoints bound to a stage, as chips with their channel icons, under the stage's name. */
export const StageTouchpoints = memo(function StageTouchpoints({ stage }: { stage: string }) {
  const t = useT();
  const touchpoints: readonly Touchpoint[] = useEditor((state) => state.map?.touchpoints ?? NONE);
  const here = touchpoints.filter((tp) => tp.stage === stage);
  if (here.length === 0) return null;
  return (
    <ul className="stage-touchpoints" aria-label={t('touchpoints.title')}>
      {here.map((tp) => (
        <li key={tp.id}>
          <ChannelIcon channel={tp.channel} />
          <span>{tp.name}</span>
          <AttributionFigure id={tp.id} name={tp.name} />
        </li>
      ))}
    </ul>
  );
});
