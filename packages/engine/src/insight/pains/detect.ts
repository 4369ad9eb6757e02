import { type JourneyMap, Language, PainsResult } from '@opencjm/core';
import { z } from 'zod';
import { Duration } from '../../analytics/duration.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import type { TextScorer } from '../scorer.ts';
import { painCard } from './card.ts';
import { dropOffCandidates } from './drop-off.ts';
import { judge } from './finding.ts';
import { lowCsatCandidates } from './low-csat.ts';
import { presence } from './presence.ts';
import { sentimentCandidates } from './sentiment.ts';
import { stageReturnCandidates } from './stage-returns.ts';
import { visitCandidates } from './visits.ts';

export { PainsResult };

/** Options of {@link detectPains}. */
export const PainsOptions = z.object({
  map: z
    .custom<JourneyMap>((v) => typeof v === 'object' && v !== null && 'stages' in v && 'lanes' in v)
    .describe('The journey map: stage order, touchpoint rules, pains lane and language of the cards'),
  scorer: z
    .custom<TextScorer>((v) => typeof v === 'function')
    .optional()
    .describe('Text sentiment, −1…+1 per text; without it negative sentiment is not looked for'),
  window: Duration.prefault('30d').describe('Stage funnel window for drop-off'),
  gap: Duration.prefault('30m').describe('Inactivity that ends a session (visits, loops)'),
  repeats: z
    .number()
    .int()
    .min(2)
    .default(3)
    .describe('Separate visits of one touchpoint in one session that make a loop'),
  alpha: z.number().gt(0).lt(1).default(0.05).describe('A finding needs p below this'),
  minSample: z.number().int().min(1).default(5).describe('A finding needs n of at least this'),
  language: Language.optional().describe("Language of the card texts; default: the map's"),
});
export type PainsOptions = z.input<typeof PainsOptions>;

/**
 * Finds where the journey breaks: stage drop-off, long visits that end the journey, loops,
 * returns to earlier stages, negative texts and low CSAT. A place is a finding when its
 * share is above the others', p < alpha and n ≥ minSample. A stage-level sentiment or CSAT
 * finding is left out when touchpoint findings of its stage hold all its negative items.
 * Each finding carries a proposed pain card (accept it with `acceptPain`).
 *
 * @example
 * const { findings } = await detectPains(store, { map, scorer: scoreTexts });
 */
export async function detectPains(store: EventStore, options: PainsOptions): Promise<PainsResult> {
  const o = PainsOptions.parse(options);
  const where = await presence(store, o.map);
  const candidates = [
    ...(await dropOffCandidates(store, o.map, o.window)),
    ...(await visitCandidates(store, o.map, o.gap, o.repeats)),
    ...(await stageReturnCandidates(store, o.map, o.gap)),
    ...(o.scorer ? await sentimentCandidates(store, o.map, o.scorer, where) : []),
    ...(await lowCsatCandidates(store, o.map, where)),
  ];
  const found = candidates
    .map((c) => judge(c, where.total))
    .filter((f) => f.n >= o.minSample && f.baselineN > 0 && f.rate > f.baseline && f.pValue < o.alpha);
  const kept = found.filter((f) => !explainedByTouchpoints(f, found));
  kept.sort(
    (a, b) =>
      b.severity - a.severity ||
      a.pValue - b.pValue ||
      `${a.kind} ${a.touchpoint ?? a.stage}`.localeCompare(`${b.kind} ${b.touchpoint ?? b.stage}`),
  );
  const taken = new Set(o.map.cards.map((c) => c.id));
  const language = o.language ?? o.map.language;
  return {
    customers: where.total,
    alpha: o.alpha,
    minSample: o.minSample,
    sentiment: o.scorer !== undefined,
    findings: kept.map((f) => ({ ...f, card: painCard(o.map, f, language, taken) })),
  };
}

type Judged = ReturnType<typeof judge>;

function explainedByTouchpoints(f: Judged, all: readonly Judged[]): boolean {
  if (f.touchpoint !== null || (f.kind !== 'negative-sentiment' && f.kind !== 'low-csat')) return false;
  const inStage = all.filter((t) => t.kind === f.kind && t.touchpoint !== null && t.stage === f.stage);
  return inStage.length > 0 && inStage.reduce((s, t) => s + t.count, 0) >= f.count;
}
