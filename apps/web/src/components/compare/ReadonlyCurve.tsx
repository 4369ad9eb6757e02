import type { JourneyMap } from '@opencjm/core';
import { useT } from '../../i18n/use-t.ts';
import { scoreToY, smoothPath, stageX } from '../../layout/emotion-geometry.ts';
import { emotionSeries, seriesScores } from '../editor/emotion-series.ts';

const HEIGHT = 90;

/** The emotion curve of a map, not editable; changed points are ringed. */
export function ReadonlyCurve({
  map,
  width,
  changed,
}: {
  map: JourneyMap;
  width: number;
  changed: ReadonlySet<string>;
}) {
  const t = useT();
  const scores = seriesScores(map.emotions, emotionSeries(map.emotions, map.personas)[0]);
  const points = map.stages.flatMap((stage, i) => {
    const score = scores.get(stage.id);
    return score === undefined ? [] : [{ id: stage.id, x: stageX(i, width), y: scoreToY(score, HEIGHT) }];
  });
  return (
    <svg
      className="readonly-curve"
      width={width * map.stages.length}
      height={HEIGHT}
      role="img"
      aria-label={t('emotion.title')}
    >
      <line
        className="zero"
        x1={0}
        x2={width * map.stages.length}
        y1={scoreToY(0, HEIGHT)}
        y2={scoreToY(0, HEIGHT)}
      />
      <path className="curve drawn" d={smoothPath(points)} />
      {points.map((point) => (
        <circle
          key={point.id}
          className={changed.has(point.id) ? 'dot changed' : 'dot'}
          cx={point.x}
          cy={point.y}
          r={5}
        />
      ))}
    </svg>
  );
}
