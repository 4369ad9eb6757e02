import { getThemes, type ThemesBy } from '../../../api/insight.ts';
import { useT } from '../../../i18n/use-t.ts';
import { DataPanel } from '../DataPanel.tsx';
import type { DataNames } from '../place-names.ts';
import { ThemeGroupCard } from './ThemeGroupCard.tsx';

/** What customers complain about and praise, per stage or touchpoint, with example quotes. */
export function ThemesSection({ mapId, by, names }: { mapId: string; by: ThemesBy; names: DataNames }) {
  const t = useT();
  const nameOf = (key: string) => {
    if (key === 'all') return t('feedback.allTexts');
    if (key === 'unplaced') return t('feedback.unplaced');
    return by === 'stage' ? names.stage(key) : names.touchpoint(key);
  };
  return (
    <section aria-labelledby="themes-title">
      <h2 id="themes-title">{t('feedback.themes')}</h2>
      <DataPanel
        load={(signal) => getThemes(mapId, by, signal)}
        loadKey={`${mapId}|${by}`}
        isEmpty={(themes) => themes.groups.every((g) => g.negative.length + g.positive.length === 0)}
      >
        {(themes) => (
          <div className="theme-groups">
            {themes.groups
              .filter((group) => group.negative.length + group.positive.length > 0)
              .map((group) => (
                <ThemeGroupCard key={group.key} group={group} name={nameOf(group.key)} />
              ))}
          </div>
        )}
      </DataPanel>
    </section>
  );
}
