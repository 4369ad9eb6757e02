import type { Stage } from '@opencjm/core';
import { Fragment, type ReactNode, useMemo } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { LaneOpportunities, LaneTouchpoints, OpportunityChip } from './LaneItems.tsx';
import { extraRows } from './lane-items.ts';

/**
 * Rows under the lanes for what no lane of the map shows, as the export adds them: the
 * touchpoints or opportunities of each stage, and opportunities of the whole journey.
 */
export function ExtraLaneRows({ stages }: { stages: readonly Stage[] }) {
  const t = useT();
  const map = useEditor((state) => state.map);
  const rows = useMemo(() => (map ? extraRows(map) : null), [map]);
  if (!rows) return null;
  const row = (title: string, cell: (stage: Stage) => ReactNode) => (
    <>
      <div className="lane-header lane-derived">
        <h3 className="lane-title">{title}</h3>
      </div>
      {stages.map((stage) => (
        <div key={stage.id} className="cell derived-cell">
          {cell(stage)}
        </div>
      ))}
    </>
  );
  return (
    <>
      {rows.touchpoints && (
        <Fragment key="touchpoints">
          {row(t('lanes.touchpoints'), (stage) => (
            <LaneTouchpoints lane={null} stageId={stage.id} />
          ))}
        </Fragment>
      )}
      {rows.opportunities && (
        <Fragment key="opportunities">
          {row(t('lanes.opportunities'), (stage) => (
            <LaneOpportunities lane={null} stageId={stage.id} />
          ))}
        </Fragment>
      )}
      {rows.wholeJourney.length > 0 && (
        <Fragment key="whole-journey">
          <div className="lane-header lane-derived">
            <h3 className="lane-title">{t('lanes.opportunities')}</h3>
            <p className="lane-type">{t('lanes.wholeJourney')}</p>
          </div>
          <div className="cell derived-cell" style={{ gridColumn: `span ${Math.max(stages.length, 1)}` }}>
            <ul className="lane-items whole-journey">
              {rows.wholeJourney.map((item) => (
                <OpportunityChip key={item.id} item={item} />
              ))}
            </ul>
          </div>
        </Fragment>
      )}
    </>
  );
}
