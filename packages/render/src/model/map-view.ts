import type { Card, Emotion, JourneyMap, Lane, Language, Persona, Touchpoint } from '@opencjm/core';
import { type MessageKey, t } from '../i18n.ts';
import type { MapData } from '../options.ts';

/**
 * Read-only questions every export asks of a map (which cards sit in a cell, which
 * emotion curves exist). Kept in one place so the SVG, the workbook, the slides and the
 * reports agree on order and grouping.
 */

/** Cards of one cell, in document order (the order inside a cell). */
export function cardsAt(map: JourneyMap, laneId: string, stageId: string): Card[] {
  return map.cards.filter((card) => card.lane === laneId && card.stage === stageId);
}

/** One emotion curve: the whole map's (persona undefined) or one persona's. */
export interface EmotionCurve {
  persona: string | undefined;
  /** Points in stage order; stages without a point are skipped. */
  points: Emotion[];
}

/**
 * The map's emotion curves: the whole-map curve first, then personas in the order the map
 * lists them, then any other persona ids in order of first appearance.
 */
export function emotionCurves(map: JourneyMap): EmotionCurve[] {
  const keys: (string | undefined)[] = [];
  const seen = (persona: string | undefined) => keys.includes(persona);
  if (map.emotions.some((e) => e.persona === undefined)) keys.push(undefined);
  for (const persona of map.personas) if (map.emotions.some((e) => e.persona === persona)) keys.push(persona);
  for (const e of map.emotions) if (!seen(e.persona)) keys.push(e.persona);
  const stageOrder = new Map(map.stages.map((s, i) => [s.id, i]));
  return keys.map((persona) => ({
    persona,
    points: map.emotions
      .filter((e) => e.persona === persona && stageOrder.has(e.stage))
      .sort((a, b) => (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0)),
  }));
}

/**
 * The emotion score of a stage: the persona's own point when given and present, else the
 * whole-map point, else the mean of all persona points; undefined when the stage has none.
 */
export function stageScore(map: JourneyMap, stageId: string, persona?: string): number | undefined {
  const points = map.emotions.filter((e) => e.stage === stageId);
  const own = persona === undefined ? undefined : points.find((e) => e.persona === persona);
  if (own) return own.score;
  const whole = points.find((e) => e.persona === undefined);
  if (whole) return whole.score;
  if (points.length === 0) return undefined;
  return points.reduce((sum, e) => sum + e.score, 0) / points.length;
}

/**
 * Touchpoints of a stage that no card of this touchpoints (or channels) lane mentions:
 * shown in the lane so it lists every touchpoint of the map. Empty for other lanes.
 */
export function unmentionedTouchpoints(map: JourneyMap, lane: Lane, stageId: string): Touchpoint[] {
  if (lane.type !== 'touchpoints' && lane.type !== 'channels') return [];
  const mentioned = new Set(map.cards.filter((c) => c.lane === lane.id).map((c) => c.touchpoint));
  return map.touchpoints.filter((tp) => tp.stage === stageId && !mentioned.has(tp.id));
}

/** Touchpoints by id. */
export function touchpointIndex(map: JourneyMap): Map<string, Touchpoint> {
  return new Map(map.touchpoints.map((tp) => [tp.id, tp]));
}

/** The name of a stage, or its id when the map does not define it. */
export function stageName(map: JourneyMap, stageId: string | undefined): string {
  if (stageId === undefined) return '';
  return map.stages.find((s) => s.id === stageId)?.name ?? stageId;
}

/** The lane a card sits in. */
export function laneOf(map: JourneyMap, card: Card): Lane | undefined {
  return map.lanes.find((lane) => lane.id === card.lane);
}

/** Cards of every lane of the given type, in document order. */
export function cardsOfLaneType(map: JourneyMap, type: Lane['type']): Card[] {
  const laneIds = new Set(map.lanes.filter((lane) => lane.type === type).map((lane) => lane.id));
  return map.cards.filter((card) => laneIds.has(card.lane));
}

/** The display name of a persona id: the persona document's name, else the id itself. */
export function personaName(personas: readonly Persona[], id: string | undefined, lang: Language): string {
  if (id === undefined) return t(lang, 'value.allPersonas');
  return personas.find((p) => p.id === id)?.name ?? id;
}

/** Persona documents for the map's persona ids, in map order; missing documents get a stub. */
export function mapPersonas(map: JourneyMap, personas: readonly Persona[]): Persona[] {
  const byId = new Map(personas.map((p) => [p.id, p]));
  const ids = map.personas.length > 0 ? map.personas : personas.map((p) => p.id);
  return ids.map(
    (id) =>
      byId.get(id) ?? {
        schemaVersion: 1,
        id,
        name: id,
        demographics: {},
        goals: [],
        needs: [],
        motivations: [],
        frustrations: [],
        channels: [],
        source: 'manual',
      },
  );
}

/** "Current state · Purchase": the map's type and process in words. */
export function mapSubtitle(map: JourneyMap, lang: Language): string {
  const known = ['purchase', 'registration', 'support'];
  const process = known.includes(map.process) ? t(lang, `process.${map.process}` as MessageKey) : map.process;
  return `${t(lang, `mapType.${map.type}`)} · ${process}`;
}

/**
 * Whether a card is a pain accepted from the data: a card of a pains lane, evidence
 * `observed`, with a quantitative source (what the pains analysis proposes and the editor's
 * Accept puts on the map).
 */
export function isDataPain(map: JourneyMap, card: Card): boolean {
  return (
    laneOf(map, card)?.type === 'pains' &&
    card.evidence === 'observed' &&
    card.sources.some((s) => s.kind === 'quantitative')
  );
}

/** The pains accepted from the data, in stage order, then document order. */
export function acceptedPains(map: JourneyMap): Card[] {
  const order = new Map(map.stages.map((s, i) => [s.id, i]));
  return map.cards
    .filter((card) => isDataPain(map, card))
    .map((card, i) => ({ card, i }))
    .sort((a, b) => (order.get(a.card.stage) ?? 0) - (order.get(b.card.stage) ?? 0) || a.i - b.i)
    .map(({ card }) => card);
}

/** The emotion measured from data per stage, in stage order; stages without it are skipped. */
export function dataEmotionPoints(
  map: JourneyMap,
  data: MapData | undefined,
): { stage: string; score: number }[] {
  if (!data) return [];
  return map.stages.flatMap((s) => {
    const score = data.stages[s.id]?.emotion;
    return score == null ? [] : [{ stage: s.id, score }];
  });
}
