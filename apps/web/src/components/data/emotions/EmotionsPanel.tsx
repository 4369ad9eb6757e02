import type { EmotionsResult, JourneyMap } from '@opencjm/core';
import { useMemo } from 'react';
import { getEmotionCurve } from '../../../api/insight.ts';
import { usePersonaNames } from '../../../hooks/use-persona-names.ts';
import { formatCount, formatSigned } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { EChart } from '../../charts/EChart.tsx';
import { emotionCompareOption } from '../../charts/options/emotion-compare.ts';
import { DataPanel } from '../DataPanel.tsx';
import { defaultCurve, emotionRows } from './emotion-rows.ts';

function EmotionsContent({ curve, map }: { curve: EmotionsResult; map: JourneyMap | null }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const personaNames = usePersonaNames();
  const persona = defaultCurve(map);
  const rows = useMemo(() => emotionRows(map, curve, persona), [map, curve, persona]);
  const drawnLabel = t('emotions.drawnOf', {
    curve: persona === undefined ? t('emotion.wholeMap') : (personaNames.get(persona) ?? persona),
  });
  const option = useMemo(
    () =>
      emotionCompareOption(
        rows.map((row) => ({
          name: row.name,
          drawn: row.drawn,
          data: row.data?.score ?? null,
          ci: row.data?.ci ?? null,
        })),
        { drawn: drawnLabel, data: t('emotion.fromData'), interval: t('survey.interval') },
      ),
    [rows, drawnLabel, t],
  );
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatSigned(lang, value, 2);
  const part = (value: { n: number; mean: number | null } | null) =>
    value && value.n > 0
      ? t('emotions.part', { n: formatCount(lang, value.n), mean: score(value.mean) })
      : '—';
  return (
    <>
      <EChart option={option} label={t('data.chart', { name: t('data.emotions') })} height={360} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('editor.stage')}</th>
            <th>{drawnLabel}</th>
            <th>{t('emotion.fromData')}</th>
            <th>{t('survey.interval')}</th>
            <th>{t('survey.n')}</th>
            <th>{t('emotions.texts')}</th>
            <th>{t('emotions.answers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stage}>
              <td>{row.name}</td>
              <td>{score(row.drawn)}</td>
              <td>{score(row.data?.score)}</td>
              <td>{row.data?.ci ? `${score(row.data.ci[0])} – ${score(row.data.ci[1])}` : '—'}</td>
              <td>{row.data ? formatCount(lang, row.data.n) : '—'}</td>
              <td>{part(row.data?.texts ?? null)}</td>
              <td>{part(row.data?.answers ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('emotions.hint')}</p>
    </>
  );
}

/** The emotion curve from data per stage, with intervals, next to the drawn curve. */
export function EmotionsPanel({ mapId, map }: { mapId: string; map: JourneyMap | null }) {
  return (
    <DataPanel
      load={(signal) => getEmotionCurve(mapId, signal)}
      loadKey={mapId}
      isEmpty={(curve) => curve.byStage.every((point) => point.score === null)}
    >
      {(curve) => <EmotionsContent curve={curve} map={map} />}
    </DataPanel>
  );
}
