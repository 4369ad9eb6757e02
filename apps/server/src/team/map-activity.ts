import { diffMaps, type JourneyMap, type Operation } from '@opencjm/core';
import type { FastifyRequest } from 'fastify';
import { actorId, actorLabel } from './principal.ts';
import type { Team } from './team.ts';

/** The kinds of change between two versions, each once: `stage-changed`, `card-added` … */
export function changeKinds(before: JourneyMap, after: JourneyMap): string[] {
  return [...new Set(diffMaps(before, after).map((change) => `${change.entity}-${change.kind}`))];
}

/** The operation types of an edit, each once: `rename-stage`, `add-card` … */
export function operationKinds(operations: readonly Operation[]): string[] {
  return [...new Set(operations.map((op) => op.op))];
}

/** Writes what happened to a map into its activity feed (and deletions into the audit log). */
export function mapActivity(team: Team, request: FastifyRequest) {
  const actor = actorId(request.principal);
  return {
    created: (map: JourneyMap) =>
      team.activity.record({
        mapId: map.id,
        actorId: actor,
        action: 'created',
        summary: `created “${map.title}”`,
      }),
    edited: (mapId: string, changes: readonly string[]) =>
      changes.length === 0
        ? Promise.resolve()
        : team.activity.record({
            mapId,
            actorId: actor,
            action: 'edited',
            changes,
            summary: `edited: ${changes.join(', ')}`,
          }),
    async deleted(mapId: string) {
      await team.activity.record({ mapId, actorId: actor, action: 'deleted', summary: 'deleted the map' });
      await team.shares.revokeAllOf(mapId);
      await team.audit.record({
        action: 'map-deleted',
        actor: actorLabel(request.principal),
        target: mapId,
        ip: request.ip,
      });
    },
  };
}
