import { type Card, type JourneyMap, type Lane, LaneType, MAP_SCHEMA_VERSION } from '@opencjm/core';

/** The size the brief sets for the editor's performance target. */
export const PERF_SIZE = { stages: 12, lanes: 15, cards: 500 } as const;

/**
 * A large map for the performance test: 12 stages, 15 lanes (one of them the emotion lane)
 * and 500 cards spread round-robin over the cells, with an emotion per stage.
 */
export function perfMap(id = 'perf-map'): JourneyMap {
  const stages = Array.from({ length: PERF_SIZE.stages }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Stage ${i + 1}`,
  }));
  const types = LaneType.options.filter((type) => type !== 'emotion');
  const lanes = Array.from({ length: PERF_SIZE.lanes }, (_, i): Lane => {
    const type: LaneType = i === 3 ? 'emotion' : (types[i % types.length] ?? 'text');
    return { id: `l${i + 1}`, type, title: `Lane ${i + 1}` };
  });
  const cardLanes = lanes.filter((lane) => lane.type !== 'emotion');
  const cards: Card[] = Array.from({ length: PERF_SIZE.cards }, (_, i) => {
    const cell = i % (cardLanes.length * stages.length);
    return {
      id: `c${i + 1}`,
      lane: cardLanes[cell % cardLanes.length]?.id ?? 'l1',
      stage: stages[Math.floor(cell / cardLanes.length)]?.id ?? 's1',
      text: `Card ${i + 1}: what the customer does, thinks or feels here`,
      evidence: (['observed', 'reported', 'hypothesis'] as const)[i % 3] ?? 'hypothesis',
      sources: [],
    };
  });
  return {
    schemaVersion: MAP_SCHEMA_VERSION,
    id,
    title: 'Performance map',
    type: 'current',
    language: 'en',
    process: 'purchase',
    personas: [],
    stages,
    lanes,
    cards,
    emotions: stages.map((stage, i) => ({ stage: stage.id, score: ((i % 5) - 2) as number })),
    touchpoints: [],
    opportunities: [],
    kpis: [],
  };
}
