import { z } from 'zod';
import type { DialectSql } from '../analytics/sql/dialect.ts';

/** What the texts query reads: placed events (see `placedEventsSql`). */
export interface TextsParts {
  readonly relation: string;
}

/**
 * Every non-blank text (reviews, tickets, chat, survey comments) counted per place: one row
 * per (stage, touchpoint, text) with the number of events `n`, so a scorer sees each
 * distinct text once however often it was written. Rows come by text, then place (byte order,
 * NULLs last on both stores), so sums over them — mean sentiment — are the same to the last
 * digit on every run and on either store.
 */
export const textsSql: DialectSql<TextsParts> = {
  duckdb: ({ relation }) => `
    SELECT stage, touchpoint, text, count(*) AS n
    FROM ${relation} WHERE text IS NOT NULL AND trim(text) <> ''
    GROUP BY stage, touchpoint, text
    ORDER BY text, stage NULLS LAST, touchpoint NULLS LAST`,
  clickhouse: ({ relation }) => `
    SELECT stage, touchpoint, text, count() AS n
    FROM ${relation} WHERE text IS NOT NULL AND match(assumeNotNull(text), '[^ ]')
    GROUP BY stage, touchpoint, text
    ORDER BY text, stage NULLS LAST, touchpoint NULLS LAST`,
};

/** A row of {@link textsSql}. */
export const TextRow = z.object({
  stage: z.string().nullable(),
  touchpoint: z.string().nullable(),
  text: z.string(),
  n: z.number(),
});
export type TextRow = z.infer<typeof TextRow>;
