import { funnel } from '../../analytics/funnel.ts';
import type { BindingMap } from '../../binding/bound-events.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { againstOthers, type Candidate } from './finding.ts';

/**
 * Drop-off between consecutive map stages, from the ordered stage funnel: of the customers
 * who reached stage k, those who did not reach k + 1 (within `windowSeconds` of entry),
 * against the same share pooled over the other transitions. Placed at stage k.
 */
export async function dropOffCandidates(
  store: EventStore,
  map: BindingMap,
  windowSeconds: number,
): Promise<Candidate[]> {
  if (map.stages.length < 2) return [];
  const { steps } = await funnel(store, { map, window: windowSeconds });
  const transitions = steps.slice(1).map((to, i) => {
    const from = steps[i] ?? to;
    return { from: from.id ?? from.name, to: to.id ?? to.name, n: from.customers, count: to.dropOff };
  });
  return againstOthers(transitions, (t, baselineN, baselineCount) => ({
    kind: 'drop-off',
    stage: t.from,
    touchpoint: null,
    n: t.n,
    count: t.count,
    baselineN,
    baselineCount,
    customers: t.n,
    extra: { nextStage: t.to },
  }));
}
