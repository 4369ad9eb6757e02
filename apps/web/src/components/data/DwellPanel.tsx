import { useMemo, useState } from 'react';
import { type DwellBy, getDwell, type Period, periodQuery } from '../../api/analytics.ts';
import type { DwellRow } from '../../api/analytics-schemas.ts';
import { formatDuration } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { EChart } from '../charts/EChart.tsx';
import { dwellOption } from '../charts/options/dwell.ts';
import { DataPanel } from './DataPanel.tsx';
import type { DataNames } from './place-names.ts';

const GROUPINGS: readonly DwellBy[] = ['stage', 'touchpoint'];

function DwellChart({ rows, by, names }: { rows: readonly DwellRow[]; by: DwellBy; names: DataNames }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const option = useMemo(
    () =>
      dwellOption(
        rows,
        {
          median: t('data.median'),
          mean: t('data.mean'),
          p90: t('data.p90'),
          unit: (unit) => t(`dwell.unit.${unit}`),
          duration: (seconds) => formatDuration(t, lang, seconds),
        },
        by === 'stage' ? names.stage : names.touchpoint,
      ),
    [rows, by, names, t, lang],
  );
  return (
    <EChart
      option={option}
      label={t('data.chart', { name: t('data.dwell') })}
      height={Math.max(260, 44 * rows.length + 80)}
    />
  );
}

/** Time spent on each stage or on each touchpoint, longest first. */
export function DwellPanel({ mapId, names, period }: { mapId: string; names: DataNames; period: Period }) {
  const t = useT();
  const [by, setBy] = useState<DwellBy>('stage');
  return (
    <>
      <fieldset className="segmented">
        <legend>{t('dwell.by')}</legend>
        {GROUPINGS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="dwell-by"
              value={option}
              checked={by === option}
              onChange={() => setBy(option)}
            />
            {t(`dwell.by.${option}`)}
          </label>
        ))}
      </fieldset>
      <DataPanel
        load={(signal) => getDwell(mapId, by, period, signal)}
        loadKey={`${mapId}|${by}${periodQuery(period)}`}
        isEmpty={(rows) => rows.length === 0}
      >
        {(rows) => <DwellChart rows={rows} by={by} names={names} />}
      </DataPanel>
    </>
  );
}
