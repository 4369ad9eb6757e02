import type { FeedbackSentimentResult, SentimentPlace } from '@opencjm/core';
import { useMemo } from 'react';
import type { ThemesBy } from '../../../api/insight.ts';
import { getSentiment } from '../../../api/insight.ts';
import { formatCount, formatSigned } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/language-store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { EChart } from '../../charts/EChart.tsx';
import { sentimentOption } from '../../charts/options/sentiment.ts';
import { DataPanel } from '../DataPanel.tsx';
import type { DataNames } from '../place-names.ts';

function SentimentContent({
  summary,
  by,
  names,
}: {
  summary: FeedbackSentimentResult;
  by: ThemesBy;
  names: DataNames;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const groups: readonly SentimentPlace[] = by === 'stage' ? summary.byStage : summary.byTouchpoint;
  const nameOf = by === 'stage' ? names.stage : names.touchpoint;
  const rows = useMemo(() => groups.map((g) => ({ ...g, name: nameOf(g.name) })), [groups, nameOf]);
  const option = useMemo(
    () =>
      sentimentOption(rows, {
        positive: t('feedback.positive'),
        neutral: t('feedback.neutral'),
        negative: t('feedback.negative'),
      }),
    [rows, t],
  );
  const mean = (value: number | null) => (value === null ? '—' : formatSigned(lang, value, 2));
  const { overall } = summary;
  return (
    <>
      <p>
        {t('feedback.overall', {
          n: formatCount(lang, overall.n),
          mean: mean(overall.mean),
          positive: formatCount(lang, overall.positive),
          neutral: formatCount(lang, overall.neutral),
          negative: formatCount(lang, overall.negative),
        })}
      </p>
      {rows.length > 0 && (
        <>
          <EChart
            option={option}
            label={t('data.chart', { name: t('feedback.sentiment') })}
            height={Math.max(200, 40 * rows.length + 70)}
          />
          <table className="data-table">
            <thead>
              <tr>
                <th>{t(by === 'stage' ? 'editor.stage' : 'editor.touchpoint')}</th>
                <th>{t('feedback.texts')}</th>
                <th>{t('feedback.mean')}</th>
                <th>{t('feedback.positive')}</th>
                <th>{t('feedback.neutral')}</th>
                <th>{t('feedback.negative')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <td>{row.name}</td>
                  <td>{formatCount(lang, row.n)}</td>
                  <td>{mean(row.mean)}</td>
                  <td>{formatCount(lang, row.positive)}</td>
                  <td>{formatCount(lang, row.neutral)}</td>
                  <td>{formatCount(lang, row.negative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/** Text sentiment: overall, and per stage or touchpoint as label counts and mean polarity. */
export function SentimentSection({ mapId, by, names }: { mapId: string; by: ThemesBy; names: DataNames }) {
  const t = useT();
  return (
    <section aria-labelledby="sentiment-title">
      <h2 id="sentiment-title">{t('feedback.sentiment')}</h2>
      <DataPanel
        load={(signal) => getSentiment(mapId, signal)}
        loadKey={mapId}
        isEmpty={(summary) => summary.overall.n === 0}
      >
        {(summary) => <SentimentContent summary={summary} by={by} names={names} />}
      </DataPanel>
    </section>
  );
}
