import type { BindingMap } from '../../binding/bound-events.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { touchpointOpinions } from '../aspect-placement.ts';
import { placedTexts } from '../placed-texts.ts';
import { scoreDistinct, type TextScorer } from '../scorer.ts';
import { againstOthers, type Candidate } from './finding.ts';
import type { Presence } from './presence.ts';

/**
 * Negative texts per stage and per touchpoint: the share of texts scoring below 0, against
 * the other stages (touchpoints) pooled, with the mean score beside it. Texts are placed as
 * `placedEventsSql` does; each written text counts once per event. Per touchpoint, a text
 * that speaks of several touchpoints counts at each with its part about it
 * ({@link touchpointOpinions}).
 */
export async function sentimentCandidates(
  store: EventStore,
  map: BindingMap,
  scorer: TextScorer,
  where: Presence,
): Promise<Candidate[]> {
  const rows = await placedTexts(store, map);
  const opinions = touchpointOpinions(rows, map);
  const scores = scoreDistinct(scorer, [...rows.map((r) => r.text), ...opinions.map((t) => t.text)]);
  const placed = { stage: rows, touchpoint: opinions } as const;
  const stageOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.stage ?? null;
  return (['stage', 'touchpoint'] as const).flatMap((dim) => {
    const places = new Map<string, { name: string; n: number; count: number; sum: number }>();
    for (const r of placed[dim]) {
      const name = r[dim];
      if (name === null) continue;
      const s = scores.get(r.text) ?? 0;
      const place = places.get(name) ?? { name, n: 0, count: 0, sum: 0 };
      places.set(name, {
        name,
        n: place.n + r.n,
        count: place.count + (s < 0 ? r.n : 0),
        sum: place.sum + s * r.n,
      });
    }
    return againstOthers([...places.values()], (pl, baselineN, baselineCount) => {
      const stage = dim === 'stage' ? pl.name : stageOf(pl.name);
      const touchpoint = dim === 'touchpoint' ? pl.name : null;
      return {
        kind: 'negative-sentiment',
        stage,
        touchpoint,
        n: pl.n,
        count: pl.count,
        baselineN,
        baselineCount,
        customers: where.at(stage, touchpoint),
        extra: { meanScore: pl.sum / pl.n },
      };
    });
  });
}
