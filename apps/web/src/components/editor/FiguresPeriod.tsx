import { useId, useState } from 'react';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { useMetrics } from '../../store/metrics.ts';
import '../../styles/figures-period.css';
import { PeriodFields } from '../data/PeriodFields.tsx';
import { periodLabel } from '../data/period.ts';
import { popoverSide } from './popover-side.ts';
import { usePopoverDismiss } from './use-popover-dismiss.ts';

/**
 * Which days the figures on the map cover, in the toolbar as one summary ("Figures: all
 * time"), opening to the data views' From and Through fields. The stage and touchpoint
 * figures, the emotion curve from data and the export with data follow the choice.
 */
export function FiguresPeriod() {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const hintId = useId();
  const [side, setSide] = useState<'start' | 'end'>('end');
  const dismissable = usePopoverDismiss();
  const from = useMetrics((state) => state.from);
  const through = useMetrics((state) => state.through);
  const period = useMetrics((state) => state.period);
  const label = periodLabel(lang, t, period) ?? t('data.allTime');
  const choose = (first: string, last: string) => void useMetrics.getState().setDates(first, last);
  return (
    <details
      ref={dismissable}
      className="figures-period"
      onToggle={(event) => {
        const details = event.currentTarget;
        if (details.open) setSide(popoverSide(details, details.querySelector('fieldset')));
      }}
    >
      <summary title={t('figures.periodFull', { period: label })}>
        {t('figures.period', { period: label })}
      </summary>
      <fieldset className="figures-period-panel" data-side={side} aria-describedby={hintId}>
        <legend className="visually-hidden">{t('figures.periodTitle')}</legend>
        <PeriodFields from={from} through={through} onChange={choose} hint={t('figures.periodHint')} />
        <button type="button" disabled={from === '' && through === ''} onClick={() => choose('', '')}>
          {t('figures.allTime')}
        </button>
        <p id={hintId} className="muted">
          {t('figures.periodHint')}
        </p>
      </fieldset>
    </details>
  );
}
