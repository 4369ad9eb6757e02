import { formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/editor.ts';
import { useCredit } from './attribution-store.ts';

/** The share of the conversions credited to a touchpoint of the open map, when it shows attribution. */
export function AttributionFigure({ id, name }: { id: string; name: string }) {
  const t = useT();
  const mapId = useEditor((state) => state.map?.id ?? '');
  const lang = useLanguage((state) => state.lang);
  const share = useCredit(mapId, id);
  if (share === null) return null;
  const text = formatPercent(lang, share);
  return (
    <span
      className="attribution-figure"
      role="note"
      aria-label={t('attribution.figure', { name, share: text })}
    >
      {text}
    </span>
  );
}
