import { FeedbackSentimentResult, SentimentPlace, SentimentSummary } from '@opencjm/core';
import { z } from 'zod';
import { MapOption } from '../../analytics/options.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { labelOf, scoreTexts } from '../../text/index.ts';
import { LangOption } from '../../text/types.ts';
import { touchpointOpinions } from '../aspect-placement.ts';
import { placedTexts } from '../placed-texts.ts';

export { FeedbackSentimentResult, SentimentPlace, SentimentSummary };

export const FeedbackSentimentOptions = z.object({
  map: MapOption,
  lang: LangOption.default('auto').describe('Language of the texts, or detected per text'),
});
export type FeedbackSentimentOptions = z.input<typeof FeedbackSentimentOptions>;

/**
 * The sentiment of the workspace's customer texts (reviews, tickets, chats, survey
 * comments), overall and per stage and touchpoint of `map`. Each distinct text is scored
 * once and counted once per event that wrote it. Per touchpoint, a text that speaks of
 * several touchpoints of the map counts at each of them with the sentiment of its part
 * about it ({@link touchpointOpinions}). Places are listed most texts first.
 *
 * @example const { byTouchpoint } = await feedbackSentiment(store, { map });
 */
export async function feedbackSentiment(
  store: EventStore,
  options: FeedbackSentimentOptions = {},
): Promise<FeedbackSentimentResult> {
  const o = FeedbackSentimentOptions.parse(options);
  const rows = await placedTexts(store, o.map);
  const opinions = touchpointOpinions(rows, o.map, o.lang);
  const distinct = [...new Set([...rows.map((r) => r.text), ...opinions.map((t) => t.text)])];
  const scores = new Map(scoreTexts(distinct, { lang: o.lang }).map((s) => [s.text, s.score]));
  const overall = tally();
  const stages = new Map<string, Tally>();
  const touchpoints = new Map<string, Tally>();
  for (const row of rows) {
    const score = scores.get(row.text) ?? 0;
    add(overall, score, row.n);
    if (row.stage !== null) add(at(stages, row.stage), score, row.n);
  }
  for (const t of opinions) add(at(touchpoints, t.touchpoint), scores.get(t.text) ?? 0, t.n);
  const places = (tallies: Map<string, Tally>) =>
    [...tallies]
      .map(([name, t]) => ({ name, ...summary(t) }))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return { overall: summary(overall), byStage: places(stages), byTouchpoint: places(touchpoints) };
}

interface Tally {
  n: number;
  sum: number;
  positive: number;
  neutral: number;
  negative: number;
}

function tally(): Tally {
  return { n: 0, sum: 0, positive: 0, neutral: 0, negative: 0 };
}

function at(tallies: Map<string, Tally>, name: string): Tally {
  let t = tallies.get(name);
  if (t === undefined) {
    t = tally();
    tallies.set(name, t);
  }
  return t;
}

function add(t: Tally, score: number, times: number): void {
  t.n += times;
  t.sum += score * times;
  t[labelOf(score)] += times;
}

function summary(t: Tally): SentimentSummary {
  const { n, positive, neutral, negative } = t;
  return { n, mean: n === 0 ? null : t.sum / n, positive, neutral, negative };
}
