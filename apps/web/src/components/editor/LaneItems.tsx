import type { Lane, Opportunity, Touchpoint } from '@opencjm/core';
import { memo, useMemo } from 'react';
import { formatCount } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { useMetrics } from '../../store/metrics.ts';
import { AttributionFigure } from '../initiatives/AttributionFigure.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';
import { laneOpportunities, laneTouchpoints } from './lane-items.ts';

/** A touchpoint shown in its lane: channel icon, name, customers measured and attribution credit. */
const TouchpointChip = memo(function TouchpointChip({ touchpoint }: { touchpoint: Touchpoint }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const customers = useMetrics((state) => state.metrics?.touchpoints[touchpoint.id]?.customers);
  return (
    <li className="lane-touchpoint" aria-label={t('lanes.touchpoint', { name: touchpoint.name })}>
      <ChannelIcon channel={touchpoint.channel} />
      <span className="lane-item-name">{touchpoint.name}</span>
      {customers !== undefined && (
        <span className="lane-item-figure" title={t('figures.reachedHint')}>
          {t('lanes.touchpointReached', { count: formatCount(lang, customers) })}
        </span>
      )}
      <AttributionFigure id={touchpoint.id} name={touchpoint.name} />
    </li>
  );
});

/** An opportunity shown in its lane: title, owner, status, impact and effort. */
export const OpportunityChip = memo(function OpportunityChip({ item }: { item: Opportunity }) {
  const t = useT();
  const none = t('common.none');
  return (
    <li className="lane-opportunity" aria-label={t('lanes.opportunity', { title: item.title })}>
      <span className="lane-item-name">{item.title}</span>
      <span className="lane-opportunity-meta">
        <span className={`status-chip status-${item.status}`}>{t(`status.${item.status}`)}</span>
        {item.owner && <span>{t('lanes.owner', { owner: item.owner })}</span>}
      </span>
      {(item.impact !== undefined || item.effort !== undefined) && (
        <span className="lane-opportunity-meta">
          {t('lanes.impactEffort', { impact: item.impact ?? none, effort: item.effort ?? none })}
        </span>
      )}
    </li>
  );
});

/** Where lane items go: a lane of the map, or (`null`) the row standing in for a missing lane. */
interface LaneItemsProps {
  lane: Pick<Lane, 'id' | 'type'> | null;
  stageId: string;
}

/** The touchpoints a touchpoints (or channels) lane lists in a stage beside its cards. */
export function LaneTouchpoints({ lane, stageId }: LaneItemsProps) {
  const map = useEditor((state) => state.map);
  const laneId = lane?.id;
  const laneType = lane?.type;
  const items = useMemo(() => {
    if (!map) return [];
    if (laneId && laneType) return laneTouchpoints(map, { id: laneId, type: laneType }, stageId);
    return map.touchpoints.filter((tp) => tp.stage === stageId);
  }, [map, laneId, laneType, stageId]);
  if (items.length === 0) return null;
  return (
    <ul className="lane-items">
      {items.map((tp) => (
        <TouchpointChip key={tp.id} touchpoint={tp} />
      ))}
    </ul>
  );
}

/** The opportunities of a stage, in the opportunities lane (or the row standing in for it). */
export function LaneOpportunities({ lane, stageId }: LaneItemsProps) {
  const map = useEditor((state) => state.map);
  const laneId = lane?.id;
  const laneType = lane?.type;
  const items = useMemo(() => {
    if (!map) return [];
    if (laneId && laneType) return laneOpportunities(map, { id: laneId, type: laneType }, stageId);
    return map.opportunities.filter((o) => o.stage === stageId);
  }, [map, laneId, laneType, stageId]);
  if (items.length === 0) return null;
  return (
    <ul className="lane-items">
      {items.map((item) => (
        <OpportunityChip key={item.id} item={item} />
      ))}
    </ul>
  );
}
