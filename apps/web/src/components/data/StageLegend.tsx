import { useT } from '../../i18n/use-t.ts';
import type { StageRef } from '../charts/options/funnel.ts';
import { stageColor } from '../charts/stage-colors.ts';

/** The map's stages with their colours, as the Sankey and the process map use them. */
export function StageLegend({ stages }: { stages: readonly StageRef[] }) {
  const t = useT();
  if (stages.length === 0) return null;
  return (
    <ul className="stage-legend" aria-label={t('chart.stageColours')}>
      {stages.map((stage, i) => (
        <li key={stage.id}>
          <span className="stage-swatch" style={{ background: stageColor(i) }} aria-hidden="true" />
          {stage.name}
        </li>
      ))}
    </ul>
  );
}
