import type { JourneyMap } from '@opencjm/core';
import { Fragment, type ReactNode, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { cellKey } from '../../store/cell-index.ts';
import { ChannelIcon } from '../editor/ChannelIcon.tsx';
import { EvidenceBadge } from '../editor/EvidenceBadge.tsx';
import { laneOpportunities, laneTouchpoints } from '../editor/lane-items.ts';
import { fitColumn, LABEL_COLUMN } from './fit-columns.ts';
import type { Highlight } from './highlight.ts';
import { ReadonlyCurve } from './ReadonlyCurve.tsx';
import { useWidth } from './use-width.ts';

/**
 * A map drawn for reading, with the changed stages, lanes, cells and cards outlined, and the
 * touchpoints and opportunities in their lanes as in the editor and the export. Its
 * stage columns share the width it is given, so two maps side by side fit the window.
 */
export function ReadonlyGrid({
  map,
  highlight,
  label,
  stageFooter,
}: {
  map: JourneyMap;
  highlight: Highlight;
  label: string;
  /** Shown under a stage's name, e.g. its measured figures. */
  stageFooter?: (stageId: string) => ReactNode;
}) {
  const t = useT();
  const changedMark = t('compare.changed');
  const outline = (on: boolean) => (on ? ' changed' : '');
  const box = useRef<HTMLDivElement>(null);
  const column = fitColumn(useWidth(box), map.stages.length);
  return (
    <section className="readonly-map" aria-label={label}>
      <h2>{label}</h2>
      <div className="map-scroll" ref={box}>
        <div
          className="readonly-grid"
          style={{ gridTemplateColumns: `${LABEL_COLUMN}px repeat(${map.stages.length}, ${column}px)` }}
        >
          <div />
          {map.stages.map((stage) => (
            <div
              key={stage.id}
              className={`ro-stage${outline(highlight.stages.has(stage.id))}`}
              title={highlight.stages.has(stage.id) ? changedMark : undefined}
            >
              {stage.name}
              {stageFooter?.(stage.id)}
            </div>
          ))}
          <div className="ro-lane">{t('emotion.title')}</div>
          <div style={{ gridColumn: `span ${Math.max(map.stages.length, 1)}` }}>
            <ReadonlyCurve map={map} width={column} changed={highlight.emotions} />
          </div>
          {map.lanes
            .filter((lane) => lane.type !== 'emotion')
            .map((lane) => (
              <Fragment key={lane.id}>
                <div className={`ro-lane${outline(highlight.lanes.has(lane.id))}`}>{lane.title}</div>
                {map.stages.map((stage) => (
                  <div
                    key={stage.id}
                    className={`ro-cell${outline(highlight.cells.has(cellKey(lane.id, stage.id)))}`}
                  >
                    {map.cards
                      .filter((card) => card.lane === lane.id && card.stage === stage.id)
                      .map((card) => (
                        <div key={card.id} className={`ro-card${outline(highlight.cards.has(card.id))}`}>
                          <span>{card.text}</span>
                          <EvidenceBadge evidence={card.evidence} />
                        </div>
                      ))}
                    {laneTouchpoints(map, lane, stage.id).map((tp) => (
                      <div key={tp.id} className="ro-touchpoint">
                        <ChannelIcon channel={tp.channel} />
                        <span>{tp.name}</span>
                      </div>
                    ))}
                    {laneOpportunities(map, lane, stage.id).map((item) => (
                      <div key={item.id} className="ro-opportunity">
                        {item.title}
                      </div>
                    ))}
                  </div>
                ))}
              </Fragment>
            ))}
        </div>
      </div>
    </section>
  );
}
