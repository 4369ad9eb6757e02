import { EmotionPoint, EmotionScore, EmotionsResult } from '@opencjm/core';
import { z } from 'zod';
import { MapOption, PeriodOption } from '../../analytics/options.ts';
import { periodEvents } from '../../analytics/source.ts';
import { SqlParams } from '../../analytics/sql/params.ts';
import { queryRows } from '../../analytics/sql/run.ts';
import { chPeriodEvents } from '../../store/clickhouse/source.ts';
import { chRows, type EventStore, isClickHouseStore } from '../../store/clickhouse/store.ts';
import { touchpointOpinions } from '../aspect-placement.ts';
import { placedEventsSql } from '../placed-sql.ts';
import { placedTexts } from '../placed-texts.ts';
import { scoreDistinct, type TextScorer } from '../scorer.ts';
import { answerEmotionSql } from './answers-sql.ts';
import { answerEmotionExpression, EMOTION_MAPPING } from './emotion-scale.ts';
import { addValue, emotionInterval, type Moments, meanOf, NO_MOMENTS, pool } from './moments.ts';

export { EmotionPoint, EmotionScore, EmotionsResult };

/** Options of {@link emotions}. */
export const EmotionsOptions = z.object({
  map: MapOption.describe('Stages and touchpoints of the curve; places events without properties.stage'),
  scorer: z
    .custom<TextScorer>((v) => typeof v === 'function')
    .optional()
    .describe('Text sentiment, −1…+1 per text; without it the curve comes from survey answers only'),
  period: PeriodOption,
});
export type EmotionsOptions = z.input<typeof EmotionsOptions>;

const AnswerRow = z.object({
  dim: z.enum(['overall', 'stage', 'touchpoint']),
  name: z.string().nullable(),
  n: z.number(),
  total: z.number(),
  squares: z.number(),
});

/**
 * Computes the emotion curve from survey answers and (with a scorer) text sentiment.
 *
 * @example
 * const curve = await emotions(store, { map, scorer: scoreTexts });
 */
export async function emotions(store: EventStore, options: EmotionsOptions = {}): Promise<EmotionsResult> {
  const o = EmotionsOptions.parse(options);
  const ch = isClickHouseStore(store) ? store : undefined;
  const p = new SqlParams(ch ? 'clickhouse' : 'duckdb');
  const relation = placedEventsSql(
    p,
    { map: o.map },
    ch ? chPeriodEvents(ch, p, o.period) : periodEvents(p, o.period),
  );
  const sql = (ch ? answerEmotionSql.clickhouse : answerEmotionSql.duckdb)({
    relation,
    emotion: answerEmotionExpression(p),
  });
  const answers = isClickHouseStore(store)
    ? await chRows(store, sql, p, AnswerRow)
    : await queryRows(store.conn, sql, p, AnswerRow);
  const texts = new Map<string, Moments>();
  if (o.scorer) {
    const rows = await placedTexts(store, o.map, o.period);
    // Per touchpoint, a text about several touchpoints gives each its own part.
    const opinions = touchpointOpinions(rows, o.map);
    const scores = scoreDistinct(o.scorer, [...rows.map((r) => r.text), ...opinions.map((t) => t.text)]);
    const add = (key: string, text: string, n: number) =>
      texts.set(
        key,
        addValue(texts.get(key) ?? NO_MOMENTS, EMOTION_MAPPING.sentiment(scores.get(text) ?? 0), n),
      );
    for (const r of rows) {
      add('overall', r.text, r.n);
      if (r.stage) add(`stage:${r.stage}`, r.text, r.n);
    }
    for (const t of opinions) add(`touchpoint:${t.touchpoint}`, t.text, t.n);
  }
  const fromAnswers = new Map(
    answers.map((r) => [r.dim === 'overall' ? 'overall' : `${r.dim}:${r.name}`, r]),
  );
  const point = (key: string): EmotionScore => {
    const a = fromAnswers.get(key) ?? NO_MOMENTS;
    const t = texts.get(key) ?? NO_MOMENTS;
    const all = pool(a, t);
    return {
      score: meanOf(all),
      n: all.n,
      ci: emotionInterval(all),
      texts: { n: t.n, mean: meanOf(t) },
      answers: { n: a.n, mean: meanOf(a) },
    };
  };
  const names = (dim: 'stage' | 'touchpoint', ids: readonly string[]) => {
    const seen = [...fromAnswers.keys(), ...texts.keys()]
      .filter((k) => k.startsWith(`${dim}:`))
      .map((k) => k.slice(dim.length + 1))
      .filter((id) => !ids.includes(id))
      .sort();
    return [...ids, ...new Set(seen)].map((name) => ({ name, ...point(`${dim}:${name}`) }));
  };
  return {
    overall: point('overall'),
    byStage: names(
      'stage',
      (o.map?.stages ?? []).map((s) => s.id),
    ),
    byTouchpoint: names(
      'touchpoint',
      (o.map?.touchpoints ?? []).map((t) => t.id),
    ),
  };
}
