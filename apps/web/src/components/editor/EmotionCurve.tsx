import type { Stage } from '@opencjm/core';
import { memo, type PointerEvent, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { dataCurvePoints } from '../../layout/data-curve.ts';
import { type Point, scoreToY, smoothPath, stageX, yToScore } from '../../layout/emotion-geometry.ts';
import { CURVE_HEIGHT, STAGE_WIDTH } from '../../layout/grid.ts';
import { applyEdit, useReadOnly } from '../../store/editor.ts';
import { useMetrics } from '../../store/metrics.ts';
import { DataCurveMarks } from './DataCurveMarks.tsx';
import { EmotionPoint } from './EmotionPoint.tsx';
import { seriesScores } from './emotion-series.ts';
import { useEmotionSeries } from './use-emotion-series.ts';

const GRID_SCORES = [2, 1, 0, -1, -2];

/** A point being dragged: its stage and the snapped score under the pointer. */
interface Drag {
  stage: string;
  score: number;
}

/**
 * The emotion curve across the stages (SVG), one point per stage, aligned with the stage
 * columns. Points are dragged with the pointer (snapping to 0.5) or changed with the
 * keyboard; the edit is one `setEmotion` when the point is released. The curve from data
 * can be laid over the drawn one.
 */
export const EmotionCurve = memo(function EmotionCurve({ stages }: { stages: readonly Stage[] }) {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const { persona, emotions } = useEmotionSeries();
  const scores = useMemo(() => seriesScores(emotions, persona), [emotions, persona]);
  const stageMetrics = useMetrics((state) => (state.showDataCurve ? state.metrics?.stages : undefined));
  const [drag, setDrag] = useState<Drag | null>(null);
  const readOnly = useReadOnly();

  const width = stages.length * STAGE_WIDTH;
  const height = CURVE_HEIGHT;
  const shown = (stage: string) => (drag?.stage === stage ? drag.score : scores.get(stage));
  const pointAt = (index: number, score: number): Point => ({
    x: stageX(index, STAGE_WIDTH),
    y: scoreToY(score, height),
  });
  const drawn = stages.flatMap((stage, i) => {
    const score = shown(stage.id);
    return score === undefined ? [] : [pointAt(i, score)];
  });
  const dataPoints = useMemo(
    () => (stageMetrics ? dataCurvePoints(stages, stageMetrics) : []),
    [stages, stageMetrics],
  );
  const measured = dataPoints.map((point) => pointAt(point.index, point.score));

  const set = (stage: string, score: number) => {
    if (scores.get(stage) === score) return;
    applyEdit(
      persona === undefined
        ? { op: 'setEmotion', stage, score }
        : { op: 'setEmotion', stage, persona, score },
    );
  };
  const remove = (stage: string) =>
    applyEdit(
      persona === undefined ? { op: 'removeEmotion', stage } : { op: 'removeEmotion', stage, persona },
    );
  const scoreAtPointer = (event: PointerEvent) => {
    const box = svgRef.current?.getBoundingClientRect();
    return yToScore(box ? event.clientY - box.top : 0, height);
  };
  const startDrag = (stage: string) => (event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0 || readOnly) return;
    event.preventDefault();
    event.currentTarget.focus();
    svgRef.current?.setPointerCapture(event.pointerId);
    setDrag({ stage, score: scoreAtPointer(event) });
  };
  const endDrag = () => {
    if (drag) set(drag.stage, drag.score);
    setDrag(null);
  };

  return (
    <fieldset className="emotion-curve">
      <legend className="visually-hidden">{t('emotion.title')}</legend>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: the svg only lays out the slider points; the fieldset legend names the group. */}
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onPointerMove={(event) => {
          if (drag) setDrag({ stage: drag.stage, score: scoreAtPointer(event) });
        }}
        onPointerUp={endDrag}
        onPointerCancel={() => setDrag(null)}
      >
        {GRID_SCORES.map((score) => (
          <g key={score} className={score === 0 ? 'grid-line zero' : 'grid-line'}>
            <line x1={0} x2={width} y1={scoreToY(score, height)} y2={scoreToY(score, height)} />
            <text x={4} y={scoreToY(score, height) - 3}>
              {score > 0 ? `+${score}` : String(score)}
            </text>
          </g>
        ))}
        {measured.length > 0 && <path className="curve data" d={smoothPath(measured)} />}
        {dataPoints.length > 0 && <DataCurveMarks points={dataPoints} stages={stages} height={height} />}
        <path className="curve drawn" d={smoothPath(drawn)} />
        {stages.map((stage, i) => {
          const score = shown(stage.id);
          const point = pointAt(i, score ?? 0);
          return (
            <EmotionPoint
              key={stage.id}
              stageName={stage.name}
              x={point.x}
              y={point.y}
              score={score}
              dragging={drag?.stage === stage.id}
              onDragStart={startDrag(stage.id)}
              onChange={(next) => set(stage.id, next)}
              onRemove={() => remove(stage.id)}
              readOnly={readOnly}
            />
          );
        })}
      </svg>
    </fieldset>
  );
});
