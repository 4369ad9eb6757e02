import {
  Card,
  Emotion,
  type JourneyMap,
  Kpi,
  Lane,
  Opportunity,
  Stage,
  Touchpoint,
} from '../schema/index.ts';
import { copy, diffCollection, fieldChanges, fieldsOf } from './collection.ts';
import { cardMoves, type Move, orderMoves } from './moves.ts';
import type { ChangeEntity, MapChange } from './schema.ts';

/** The fields of the map itself that are compared. */
const MAP_FIELDS = ['title', 'description', 'type', 'language', 'process', 'template', 'basedOn'] as const;

/**
 * The semantic diff of two versions of a journey map, matched by id (emotions by stage and
 * persona). Order: map fields, personas, stages, lanes, cards, emotions, touchpoints,
 * opportunities, kpis; inside each, the order of `after`, then the removed items.
 */
export function diffMaps(before: JourneyMap, after: JourneyMap): MapChange[] {
  return [
    ...fieldChanges('map', after.id, '', MAP_FIELDS, before, after),
    ...diffPersonas(before.personas, after.personas),
    ...diffCollection(
      {
        entity: 'stage',
        collection: 'stages',
        key: (stage) => stage.id,
        fields: fieldsOf(Stage.shape, 'id'),
        extra: moved('stage', 'stages', orderMoves(before.stages, after.stages)),
      },
      before.stages,
      after.stages,
    ),
    ...diffCollection(
      {
        entity: 'lane',
        collection: 'lanes',
        key: (lane) => lane.id,
        fields: fieldsOf(Lane.shape, 'id'),
        extra: moved('lane', 'lanes', orderMoves(before.lanes, after.lanes)),
      },
      before.lanes,
      after.lanes,
    ),
    ...diffCollection(
      {
        entity: 'card',
        collection: 'cards',
        key: (card) => card.id,
        fields: fieldsOf(Card.shape, 'id', 'lane', 'stage'),
        extra: moved('card', 'cards', cardMoves(before.cards, after.cards)),
      },
      before.cards,
      after.cards,
    ),
    ...diffCollection(
      {
        entity: 'emotion',
        collection: 'emotions',
        key: emotionId,
        fields: fieldsOf(Emotion.shape, 'stage', 'persona'),
      },
      before.emotions,
      after.emotions,
    ),
    ...diffCollection(
      {
        entity: 'touchpoint',
        collection: 'touchpoints',
        key: (tp) => tp.id,
        fields: fieldsOf(Touchpoint.shape, 'id'),
      },
      before.touchpoints,
      after.touchpoints,
    ),
    ...diffCollection(
      {
        entity: 'opportunity',
        collection: 'opportunities',
        key: (opportunity) => opportunity.id,
        fields: fieldsOf(Opportunity.shape, 'id'),
      },
      before.opportunities,
      after.opportunities,
    ),
    ...diffCollection(
      { entity: 'kpi', collection: 'kpis', key: (kpi) => kpi.id, fields: fieldsOf(Kpi.shape, 'id') },
      before.kpis,
      after.kpis,
    ),
  ];
}

/** The identity of an emotion point: `stage`, or `stage/persona`. */
function emotionId(emotion: Emotion): string {
  return emotion.persona === undefined ? emotion.stage : `${emotion.stage}/${emotion.persona}`;
}

/** Persona ids added to or removed from the map. */
function diffPersonas(before: readonly string[], after: readonly string[]): MapChange[] {
  const added = [...new Set(after)].filter((id) => !before.includes(id));
  const removed = [...new Set(before)].filter((id) => !after.includes(id));
  return [
    ...added.map((id) => ({
      kind: 'added' as const,
      entity: 'persona' as const,
      id,
      path: `personas[${id}]`,
      after: id,
    })),
    ...removed.map((id) => ({
      kind: 'removed' as const,
      entity: 'persona' as const,
      id,
      path: `personas[${id}]`,
      before: id,
    })),
  ];
}

/** The `moved` entry of an item, if it moved. */
function moved(
  entity: ChangeEntity,
  collection: string,
  moves: Map<string, Move>,
): (id: string) => MapChange[] {
  return (id: string): MapChange[] => {
    const move = moves.get(id);
    if (move === undefined) return [];
    return [
      {
        kind: 'moved',
        entity,
        id,
        path: `${collection}[${id}]`,
        before: copy(move.before),
        after: copy(move.after),
      },
    ];
  };
}
