import { type Card, type JourneyMap, type Language, slugId } from '@opencjm/core';
import { percentText, spanText } from '../format.ts';
import type { PainFinding } from './finding.ts';
import { PAIN_PHRASES, PAIN_SOURCES } from './phrases.ts';

/** Id of the map's pains lane: the first lane of type `pains`, else the id a new one will get. */
export function painsLaneId(map: JourneyMap): string {
  return (
    map.lanes.find((l) => l.type === 'pains')?.id ??
    slugId(
      'pains',
      map.lanes.map((l) => l.id),
      'lane',
    )
  );
}

/**
 * The pain card proposed for a finding: in the pains lane, at the finding's stage (a
 * touchpoint finding: the touchpoint's stage), evidence `observed`, text stating the numbers
 * in `language`, the analysis as its source. Null when the place is not on the map (a stage
 * named only by event properties). `taken` holds card ids already used; the new id is added.
 */
export function painCard(
  map: JourneyMap,
  finding: Omit<PainFinding, 'card'>,
  language: Language,
  taken: Set<string>,
): Card | null {
  const touchpoint = map.touchpoints.find((t) => t.id === finding.touchpoint);
  const stageId = finding.stage ?? touchpoint?.stage;
  const stage = map.stages.find((s) => s.id === stageId);
  if (!stage || (finding.touchpoint !== null && !touchpoint)) return null;
  const id = slugId(`pain-${finding.kind}-${touchpoint?.id ?? stage.id}`, taken, 'pain');
  taken.add(id);
  const text = PAIN_PHRASES[finding.kind][language]({
    place: touchpoint?.name ?? stage.name,
    next: map.stages.find((s) => s.id === finding.nextStage)?.name ?? '',
    rate: percentText(finding.rate),
    baseline: percentText(finding.baseline),
    n: finding.n,
    p: finding.pValue < 0.001 ? '< 0.001' : `= ${finding.pValue.toPrecision(2)}`,
    threshold: spanText(finding.thresholdSeconds ?? 0, language),
    repeats: finding.repeats ?? 0,
    mean: (finding.meanScore ?? 0).toFixed(2),
  });
  const card: Card = {
    id,
    lane: painsLaneId(map),
    stage: stage.id,
    text,
    evidence: 'observed',
    sources: [{ title: PAIN_SOURCES[finding.kind][language], kind: 'quantitative' }],
  };
  if (touchpoint) card.touchpoint = touchpoint.id;
  return card;
}
