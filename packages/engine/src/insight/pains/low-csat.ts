import type { BindingMap } from '../../binding/bound-events.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { csat } from '../survey/csat.ts';
import { againstOthers, type Candidate } from './finding.ts';
import type { Presence } from './presence.ts';

/**
 * Dissatisfied CSAT answers (1–3) per stage and per touchpoint, against the other stages
 * (touchpoints) pooled. Answers are placed as the survey metrics place them.
 */
export async function lowCsatCandidates(
  store: EventStore,
  map: BindingMap,
  where: Presence,
): Promise<Candidate[]> {
  const result = await csat(store, { map });
  const stageOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.stage ?? null;
  return (['stage', 'touchpoint'] as const).flatMap((dim) =>
    againstOthers(
      (dim === 'stage' ? result.byStage : result.byTouchpoint).map((g) => ({
        name: g.name,
        n: g.n,
        count: g.n - g.satisfied,
      })),
      (g, baselineN, baselineCount) => {
        const stage = dim === 'stage' ? g.name : stageOf(g.name);
        const touchpoint = dim === 'touchpoint' ? g.name : null;
        return {
          kind: 'low-csat',
          stage,
          touchpoint,
          n: g.n,
          count: g.count,
          baselineN,
          baselineCount,
          customers: where.at(stage, touchpoint),
        };
      },
    ),
  );
}
