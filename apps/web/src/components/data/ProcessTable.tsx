import { formatCount, formatDuration } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import type { DfgLink } from '../charts/options/dfg-filter.ts';

/**
 * The shown paths of the process map as a table, most frequent first: the same figures as
 * the drawing, for reading exact numbers and for screen readers (the drawing is a canvas).
 */
export function ProcessTable({ links, title }: { links: readonly DfgLink[]; title: (id: string) => string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  return (
    <details className="process-table">
      <summary>{t('process.table')}</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('process.from')}</th>
            <th>{t('process.to')}</th>
            <th>{t('process.times')}</th>
            <th>{t('process.medianTime')}</th>
          </tr>
        </thead>
        <tbody>
          {[...links]
            .sort((a, b) => b.count - a.count)
            .map((link) => (
              <tr key={`${link.from}\u0001${link.to}`}>
                <td>{title(link.from)}</td>
                <td>{title(link.to)}</td>
                <td>{formatCount(lang, link.count)}</td>
                <td>
                  {typeof link.medianSeconds === 'number' ? formatDuration(t, lang, link.medianSeconds) : '—'}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </details>
  );
}
