import { z } from 'zod';
import { MapOption } from '../../analytics/options.ts';
import type { DuckDbStore } from '../../store/duckdb.ts';
import { extractThemes } from '../../text/index.ts';
import { LangOption } from '../../text/types.ts';
import { placedTexts } from '../placed-texts.ts';

const Theme = z.object({
  phrase: z.string().describe('Readable form of the key phrase'),
  count: z.number().int().describe('Distinct texts that contain it'),
  examples: z.array(z.string()).describe('Up to three of those texts'),
});

/** The themes of one place's negative and positive texts, most frequent first. */
export const ThemeGroupResult = z.object({
  key: z.string().describe('Stage or touchpoint id, or `all`'),
  total: z.number().int().describe('Distinct texts of the place, of every polarity'),
  negative: z.array(Theme),
  positive: z.array(Theme),
});

/** `cjm analyze themes`. */
export const FeedbackThemesResult = z.object({ groups: z.array(ThemeGroupResult) });
export type FeedbackThemesResult = z.infer<typeof FeedbackThemesResult>;

export const FeedbackThemesOptions = z.object({
  map: MapOption,
  by: z.enum(['stage', 'touchpoint', 'all']).default('touchpoint'),
  lang: LangOption.default('auto'),
  minCount: z.number().int().min(1).default(2),
  limit: z.number().int().min(1).default(10),
});
export type FeedbackThemesOptions = z.input<typeof FeedbackThemesOptions>;

/**
 * What customers complain about and praise, per stage or touchpoint of `map` (texts not
 * placed on it go under `unplaced`), or over all texts. Groups with the most texts first.
 *
 * @example const { groups } = await feedbackThemes(store, { map, by: 'touchpoint' });
 */
export async function feedbackThemes(
  store: DuckDbStore,
  options: FeedbackThemesOptions = {},
): Promise<FeedbackThemesResult> {
  const o = FeedbackThemesOptions.parse(options);
  const by = o.map === undefined ? 'all' : o.by;
  const rows = await placedTexts(store, o.map);
  const items = rows.map((r) => ({
    text: r.text,
    key: by === 'all' ? 'all' : (r[by] ?? 'unplaced'),
  }));
  const groups = extractThemes(items, { lang: o.lang, minCount: o.minCount, limit: o.limit });
  return { groups: groups.sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)) };
}
