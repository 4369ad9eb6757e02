import { FeedbackThemesResult, ThemeGroupResult, ThemesBy } from '@opencjm/core';
import { z } from 'zod';
import { MapOption } from '../../analytics/options.ts';
import type { EventStore } from '../../store/clickhouse/store.ts';
import { extractThemes } from '../../text/index.ts';
import { LangOption } from '../../text/types.ts';
import { touchpointOpinions } from '../aspect-placement.ts';
import { placedTexts } from '../placed-texts.ts';
import type { TextRow } from '../texts-sql.ts';

export { FeedbackThemesResult, ThemeGroupResult };

export const FeedbackThemesOptions = z.object({
  map: MapOption,
  by: ThemesBy.default('touchpoint'),
  lang: LangOption.default('auto'),
  minCount: z.number().int().min(1).default(2),
  limit: z.number().int().min(1).default(10),
});
export type FeedbackThemesOptions = z.input<typeof FeedbackThemesOptions>;

/**
 * What customers complain about and praise, per stage or touchpoint of `map` (texts not
 * placed on it go under `unplaced`), or over all texts. By touchpoint, a text that speaks
 * of several touchpoints gives each its part about it ({@link touchpointOpinions}). Groups
 * with the most texts first.
 *
 * @example const { groups } = await feedbackThemes(store, { map, by: 'touchpoint' });
 */
export async function feedbackThemes(
  store: EventStore,
  options: FeedbackThemesOptions = {},
): Promise<FeedbackThemesResult> {
  const o = FeedbackThemesOptions.parse(options);
  const by = o.map === undefined ? 'all' : o.by;
  const rows = await placedTexts(store, o.map);
  const items =
    by === 'touchpoint'
      ? byTouchpoint(rows, o.map, o.lang)
      : rows.map((r) => ({ text: r.text, key: by === 'all' ? 'all' : (r[by] ?? 'unplaced') }));
  const groups = extractThemes(items, { lang: o.lang, minCount: o.minCount, limit: o.limit });
  return { groups: groups.sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)) };
}

/** Texts per touchpoint, split by the touchpoints they speak of; the rest are `unplaced`. */
function byTouchpoint(
  rows: readonly TextRow[],
  map: FeedbackThemesOptions['map'],
  lang: LangOption,
): { text: string; key: string }[] {
  const opinions = touchpointOpinions(rows, map, lang);
  const placed = new Set(opinions.map((t) => t.source));
  return [
    ...opinions.map((t) => ({ text: t.text, key: t.touchpoint })),
    ...rows
      .filter((r) => r.touchpoint === null && !placed.has(r.text))
      .map((r) => ({ text: r.text, key: 'unplaced' })),
  ];
}
