import type { BindingMap } from '../binding/bound-events.ts';
import { aspectOpinions, aspectsNamed } from '../text/aspects/analyze.ts';
import type { AspectId } from '../text/aspects/types.ts';
import type { LangOption } from '../text/types.ts';
import type { TextRow } from './texts-sql.ts';

/** What a text says of one touchpoint: the whole text, or its part about that touchpoint. */
export interface TouchpointOpinion {
  touchpoint: string;
  stage: string | null;
  /** The text to score and quote for this touchpoint. */
  text: string;
  /** Events that wrote the text. */
  n: number;
  /** The whole text it comes from. */
  source: string;
}

/** A touchpoint of a map that speaks of an aspect, with its stage. */
interface AspectPlace {
  id: string;
  stage: string | null;
}

/**
 * The touchpoints of `map` that each aspect of the text module (`AspectId`) may belong to,
 * read from the touchpoints' names and ids with the aspect vocabulary: "Курьер" or
 * `courier` → courier, "Служба поддержки" → support, "Курьерская доставка" → delivery and
 * courier. Map order.
 */
export function aspectTouchpoints(map: BindingMap): Map<AspectId, AspectPlace[]> {
  const places = new Map<AspectId, AspectPlace[]>();
  for (const tp of map.touchpoints) {
    const aspects = new Set([
      ...aspectsNamed(tp.name),
      ...aspectsNamed(tp.id.replace(/[-_]+/g, ' '), { lang: 'en' }),
    ]);
    for (const a of aspects)
      places.set(a, [...(places.get(a) ?? []), { id: tp.id, stage: tp.stage ?? null }]);
  }
  return places;
}

/**
 * The touchpoint an aspect of a text placed at `at` belongs to: that touchpoint itself if
 * it speaks of the aspect; else the only one of the aspect's touchpoints in the text's stage;
 * else the aspect's only touchpoint on the map. An aspect several touchpoints speak of
 * ("Delivery options" and "Courier delivery") with none of these is left undecided: the
 * text's words do not tell which one it means.
 */
function resolve(
  candidates: readonly AspectPlace[],
  at: { stage: string | null; touchpoint: string | null },
) {
  if (candidates.some((c) => c.id === at.touchpoint)) return at.touchpoint;
  const sameStage = candidates.filter((c) => at.stage !== null && c.stage === at.stage);
  if (sameStage.length === 1) return sameStage[0]?.id;
  return candidates.length === 1 ? candidates[0]?.id : undefined;
}

/**
 * The placed texts as opinions per touchpoint. A text that speaks of two or more
 * touchpoints of the map (by the aspects it names, {@link aspectTouchpoints}) gives each of
 * them its own part — "доставка быстрая, но курьер грубил" praises the delivery touchpoint
 * and complains of the courier one — and still counts whole at the touchpoint its event was
 * placed on, if that is not one of them. Any other text stays whole where it was placed;
 * unplaced texts naming fewer than two touchpoints are left out.
 */
export function touchpointOpinions(
  rows: readonly TextRow[],
  map: BindingMap | undefined,
  lang: LangOption = 'auto',
): TouchpointOpinion[] {
  const places = map ? aspectTouchpoints(map) : new Map<AspectId, AspectPlace[]>();
  const stageOf = new Map((map?.touchpoints ?? []).map((tp) => [tp.id, tp.stage ?? null]));
  const opinionsOf = new Map<string, ReturnType<typeof aspectOpinions>>();
  const partsOf = (r: TextRow) => {
    const parts = new Map<string, string[]>();
    if (places.size === 0) return parts;
    let opinions = opinionsOf.get(r.text);
    if (!opinions) {
      opinions = aspectOpinions(r.text, { lang });
      opinionsOf.set(r.text, opinions);
    }
    // The touchpoints each part speaks of. A part naming several ("nobody answers the
    // delivery hotline": delivery and support) stays at the text's own touchpoint when that
    // is one of them: it is one remark, not one per word.
    const targets = new Map<string, Set<string>>();
    for (const o of opinions) {
      const tp = resolve(places.get(o.aspect) ?? [], r);
      if (tp === undefined || tp === null) continue;
      targets.set(o.text, (targets.get(o.text) ?? new Set()).add(tp));
    }
    for (const [text, tps] of targets) {
      const own = r.touchpoint !== null && tps.size > 1 && tps.has(r.touchpoint) ? [r.touchpoint] : [...tps];
      for (const tp of own) parts.set(tp, [...(parts.get(tp) ?? []), text]);
    }
    return parts;
  };
  return rows.flatMap((r): TouchpointOpinion[] => {
    const whole = (touchpoint: string, stage: string | null) => ({
      touchpoint,
      stage,
      text: r.text,
      n: r.n,
      source: r.text,
    });
    const split = partsOf(r);
    if (split.size < 2) return r.touchpoint === null ? [] : [whole(r.touchpoint, r.stage)];
    const opinions = [...split].map(([touchpoint, texts]) => ({
      touchpoint,
      stage: stageOf.get(touchpoint) ?? null,
      text: texts.join('. '),
      n: r.n,
      source: r.text,
    }));
    return r.touchpoint === null || split.has(r.touchpoint)
      ? opinions
      : [whole(r.touchpoint, r.stage), ...opinions];
  });
}
