import type { JourneyMap } from '@opencjm/core';
import { Fragment, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { cellKey } from '../../store/cell-index.ts';
import { EvidenceBadge } from '../editor/EvidenceBadge.tsx';
import type { Highlight } from './highlight.ts';
import { ReadonlyCurve } from './ReadonlyCurve.tsx';

/** Width of a stage column in the side-by-side comparison, px. */
const COLUMN = 150;

/** A map drawn for reading, with the changed stages, lanes, cells and cards outlined. */
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
  return (
    <section className="readonly-map" aria-label={label}>
      <h2>{label}</h2>
      <div className="map-scroll">
        <div
          className="readonly-grid"
          style={{ gridTemplateColumns: `120px repeat(${map.stages.length}, ${COLUMN}px)` }}
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
            <ReadonlyCurve map={map} width={COLUMN} changed={highlight.emotions} />
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
                  </div>
                ))}
              </Fragment>
            ))}
        </div>
      </div>
    </section>
  );
}
