import type { Lane, Stage } from '@opencjm/core';
import { Fragment, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { gridColumns } from '../../layout/grid.ts';
import { useAnnouncer } from '../../store/announcer.ts';
import { useEditor } from '../../store/editor.ts';
import { CARD_HELP_ID } from './CardView.tsx';
import { Cell } from './Cell.tsx';
import { EmotionLaneTools } from './EmotionLaneTools.tsx';
import { EmotionRow } from './EmotionRow.tsx';
import { ExtraLaneRows } from './ExtraLaneRows.tsx';
import { LaneHeader } from './LaneHeader.tsx';
import { StageHeader } from './StageHeader.tsx';
import { useFitHeight } from './use-fit-height.ts';

const NO_STAGES: readonly Stage[] = [];
const NO_LANES: readonly Lane[] = [];

/**
 * The map as a grid: stages are columns, lanes are rows, the emotion lane holds the curve.
 * Re-renders only when stages or lanes change; cells follow their own cards.
 */
export function MapGrid() {
  const t = useT();
  const stages = useEditor((state) => state.map?.stages ?? NO_STAGES);
  const lanes = useEditor((state) => state.map?.lanes ?? NO_LANES);
  const title = useEditor((state) => state.map?.title ?? '');
  const announcement = useAnnouncer((state) => state.message);
  const scroll = useRef<HTMLDivElement>(null);
  useFitHeight(scroll);
  const hasEmotionLane = lanes.some((lane) => lane.type === 'emotion');
  const curveHeader = (
    <div className="lane-header lane-emotion">
      <h3 className="lane-title">{t('emotion.title')}</h3>
      <EmotionLaneTools />
    </div>
  );
  return (
    <div className="map-scroll editor-scroll" ref={scroll}>
      <section
        className="map-grid"
        aria-label={t('editor.grid', { title })}
        style={{ gridTemplateColumns: gridColumns(stages.length) }}
      >
        <div className="corner" />
        {stages.map((stage, index) => (
          <StageHeader key={stage.id} stage={stage} index={index} count={stages.length} />
        ))}
        {!hasEmotionLane && <EmotionRow stages={stages} header={curveHeader} />}
        {lanes.map((lane, index) => {
          if (lane.type === 'emotion') {
            const header = (
              <LaneHeader lane={lane} index={index} count={lanes.length}>
                <EmotionLaneTools />
              </LaneHeader>
            );
            return <EmotionRow key={lane.id} lane={lane} stages={stages} header={header} />;
          }
          const header = <LaneHeader lane={lane} index={index} count={lanes.length} />;
          return (
            <Fragment key={lane.id}>
              {header}
              {stages.map((stage) => (
                <Cell
                  key={stage.id}
                  laneId={lane.id}
                  laneType={lane.type}
                  laneTitle={lane.title}
                  stageId={stage.id}
                  stageName={stage.name}
                />
              ))}
            </Fragment>
          );
        })}
        <ExtraLaneRows stages={stages} />
      </section>
      <p id={CARD_HELP_ID} className="visually-hidden">
        {t('editor.cardHelp')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
