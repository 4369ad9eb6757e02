import type { MapListItem } from '../../api/schemas.ts';

/** Lower case and without accents or letter variants that people do not type (ё → е). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replaceAll('ё', 'е');
}

/**
 * The maps whose title contains every word of `query`, in their order; an empty query keeps
 * them all. Case, accents and ё/е do not matter, so "ёлка" finds "Елка".
 * @example filterMaps(items, 'laptop online') // titles holding both words
 */
export function filterMaps<T extends Pick<MapListItem, 'title'>>(items: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const title = fold(item.title);
    return words.every((word) => title.includes(word));
  });
}
