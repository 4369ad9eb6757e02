import type { Lane, Stage } from '@opencjm/core';
import { memo, type ReactNode } from 'react';
import { useEditor } from '../../store/editor.ts';
import { Cell } from './Cell.tsx';
import { EmotionCurve } from './EmotionCurve.tsx';

interface EmotionRowProps {
  /** The emotion lane; absent when the map has none and the curve gets a row of its own. */
  lane?: Lane;
  stages: readonly Stage[];
  header: ReactNode;
}

/**
 * The row of the emotion curve. Cards filed in an emotion lane (maps written by hand may
 * have them) get a row of cells under the curve, so nothing on the map is hidden.
 */
export const EmotionRow = memo(function EmotionRow({ lane, stages, header }: EmotionRowProps) {
  const laneId = lane?.id;
  const hasCards = useEditor(
    (state) => laneId !== undefined && (state.map?.cards ?? []).some((c) => c.lane === laneId),
  );
  return (
    <>
      {header}
      <div className="curve-cell" style={{ gridColumn: `span ${Math.max(stages.length, 1)}` }}>
        <EmotionCurve stages={stages} />
      </div>
      {lane && hasCards && (
        <>
          <div className="lane-header lane-emotion-cards" />
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
        </>
      )}
    </>
  );
});
