import { Search } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';

/** The search box over the workspace's maps; filtering is `filterMaps`. */
export function MapSearch({ value, onChange }: { value: string; onChange: (query: string) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="map-search">
      <label htmlFor={id} className="visually-hidden">
        {t('home.search')}
      </label>
      <Search size={16} aria-hidden="true" />
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t('home.searchPlaceholder')}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
