import { memo } from 'react';
import type { Metric } from '../../api/analytics-schemas.ts';
import { formatCount, formatDuration, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';

/** Customers, conversion, drop-off and median time of one stage or touchpoint. */
export const MetricLine = memo(function MetricLine({ metric, name }: { metric: Metric; name: string }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const items: [string, string][] = [[t('metrics.customers'), formatCount(lang, metric.customers)]];
  if (typeof metric.conversion === 'number')
    items.push([t('metrics.conversion'), formatPercent(lang, metric.conversion)]);
  if (typeof metric.dropOff === 'number')
    items.push([t('metrics.dropOff'), formatPercent(lang, metric.dropOff)]);
  if (typeof metric.medianSeconds === 'number')
    items.push([t('metrics.median'), formatDuration(t, lang, metric.medianSeconds)]);
  return (
    <fieldset className="metric-group">
      <legend className="visually-hidden">{t('metrics.of', { name })}</legend>
      <dl className="metric-line" title={t('metrics.of', { name })}>
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </fieldset>
  );
});
