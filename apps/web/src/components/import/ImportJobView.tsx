import { useEffect } from 'react';
import type { ImportJob } from '../../api/import-schemas.ts';
import { formatCount } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { percent } from './import-plan.ts';
import { QuarantinePanel } from './QuarantinePanel.tsx';
import { isFinished, useImportJob } from './use-import-job.ts';

function Progress({ job }: { job: ImportJob }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const share = percent(job.fraction);
  const text =
    job.state === 'queued' || job.phase === undefined
      ? t('import.state.queued')
      : t('import.phaseProgress', { phase: t(`import.phase.${job.phase}`), percent: share });
  return (
    <div className="import-progress">
      <progress
        aria-label={t('import.progress')}
        aria-valuetext={text}
        max={100}
        value={job.phase === undefined ? undefined : share}
      />
      <p role="status">{text}</p>
      {job.read > 0 && (
        <p className="muted">{t('import.readSoFar', { count: formatCount(lang, job.read) })}</p>
      )}
    </div>
  );
}

function Summary({ job }: { job: ImportJob }) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const rows = [
    ['import.summary.read', job.read],
    ['import.summary.accepted', job.accepted],
    ['import.summary.quarantined', job.quarantined],
    ['import.summary.duplicates', job.duplicates],
  ] as const;
  return (
    <section className="panel" aria-label={t('import.summary')}>
      <h2>{t('import.done', { name: job.name })}</h2>
      <dl className="facts">
        {rows.map(([key, count]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatCount(lang, count)}</dd>
          </div>
        ))}
        {job.seconds !== undefined && (
          <div>
            <dt>{t('import.summary.seconds')}</dt>
            <dd>{t('import.seconds', { seconds: job.seconds.toFixed(1) })}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** A started import: progress while it runs, then the totals and the quarantined rows. */
export function ImportJobView({ started, onFinished }: { started: ImportJob; onFinished: () => void }) {
  const t = useT();
  const { job, error, retry } = useImportJob(started);
  const finished = isFinished(job);
  // biome-ignore lint/correctness/useExhaustiveDependencies: told once, when the job finishes.
  useEffect(() => {
    if (finished) onFinished();
  }, [finished]);
  return (
    <section className="import-job">
      {!finished && <Progress job={job} />}
      {error !== null && <ErrorNotice error={error} onRetry={retry} />}
      {job.state === 'failed' && (
        <p className="error-notice" role="alert">
          {t('import.failed', { name: job.name, message: job.error?.message ?? job.error?.code ?? '' })}
        </p>
      )}
      {job.state === 'done' && <Summary job={job} />}
      {job.state === 'done' &&
        (job.quarantined > 0 ? (
          <QuarantinePanel jobId={job.id} />
        ) : (
          <p className="muted">{t('import.quarantine.none')}</p>
        ))}
    </section>
  );
}
