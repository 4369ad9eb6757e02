import type { Stage } from '@opencjm/core';
import { formatNumber, formatSigned } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import type { DataCurvePoint } from '../../layout/data-curve.ts';
import { scoreToY, stageX } from '../../layout/emotion-geometry.ts';
import { STAGE_WIDTH } from '../../layout/grid.ts';

const WHISKER = 5;

/**
 * The points of the curve from data: a dot per stage and, when the server sends it, the 95%
 * interval as a vertical whisker. Each point is named with its score, n and interval (for
 * screen readers, and as the tooltip).
 */
export function DataCurveMarks({
  points,
  stages,
  height,
}: {
  points: readonly DataCurvePoint[];
  stages: readonly Stage[];
  height: number;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  return (
    <g className="data-marks">
      {points.map((point) => {
        const name = stages[point.index]?.name ?? point.stage;
        const parts = [t('emotion.dataValue', { stage: name, score: formatSigned(lang, point.score, 2) })];
        if (point.n !== null) parts.push(t('emotion.dataN', { n: formatNumber(lang, point.n, 0) }));
        if (point.ci)
          parts.push(
            t('data.ci', { lo: formatSigned(lang, point.ci[0], 2), hi: formatSigned(lang, point.ci[1], 2) }),
          );
        const label = parts.join('; ');
        const x = stageX(point.index, STAGE_WIDTH);
        const y = scoreToY(point.score, height);
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group is not interactive here; role img names the measured point for assistive technology.
          <g key={point.stage} className="data-mark" role="img" aria-label={label}>
            <title>{label}</title>
            {point.ci && (
              <path
                className="whisker"
                d={`M${x - WHISKER},${scoreToY(point.ci[1], height)} h${2 * WHISKER} M${x},${scoreToY(point.ci[1], height)} V${scoreToY(point.ci[0], height)} M${x - WHISKER},${scoreToY(point.ci[0], height)} h${2 * WHISKER}`}
              />
            )}
            <circle cx={x} cy={y} r={4} />
          </g>
        );
      })}
    </g>
  );
}
