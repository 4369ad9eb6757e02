import { useMemo, useState } from 'react';
import type { MapListItem } from '../../api/schemas.ts';
import { useT } from '../../i18n/use-t.ts';
import { MapList } from './MapList.tsx';
import { MapSearch } from './MapSearch.tsx';
import { filterMaps } from './map-search.ts';

/** The workspace's maps with a search by title above them. */
export function SearchableMapList({
  items,
  onChanged,
}: {
  items: readonly MapListItem[];
  onChanged: () => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const found = useMemo(() => filterMaps(items, query), [items, query]);
  const searching = query.trim() !== '';
  return (
    <>
      {items.length > 0 && <MapSearch value={query} onChange={setQuery} />}
      {searching && (
        <p className="muted search-count" aria-live="polite">
          {found.length === 0
            ? t('home.noMatches', { query: query.trim() })
            : t('home.matches', { count: found.length, total: items.length })}
        </p>
      )}
      {(!searching || found.length > 0) && <MapList items={found} onChanged={onChanged} />}
    </>
  );
}
