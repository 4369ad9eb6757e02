import { useState } from 'react';
import type { ImportJob } from '../api/import-schemas.ts';
import { useCan } from '../auth/session.ts';
import { FileDrop } from '../components/import/FileDrop.tsx';
import { ImportJobView } from '../components/import/ImportJobView.tsx';
import { ImportSetup } from '../components/import/ImportSetup.tsx';
import { StatsPanel } from '../components/import/StatsPanel.tsx';
import { useT } from '../i18n/use-t.ts';

type Step = { name: 'pick' } | { name: 'setup'; file: File } | { name: 'job'; job: ImportJob };

/** Event import: pick a file, check its preview and columns, start, follow it, read the summary. */
export function ImportView() {
  const t = useT();
  const canWrite = useCan('write');
  const [step, setStep] = useState<Step>({ name: 'pick' });
  const [statsRound, setStatsRound] = useState(0);
  return (
    <div className="team-page import-page">
      <h1>{t('import.title')}</h1>
      <StatsPanel round={statsRound} />
      {!canWrite && <p className="panel">{t('import.needsWrite')}</p>}
      {canWrite && (
        <>
          <p className="muted">{t('import.intro')}</p>
          {step.name === 'pick' && <FileDrop onFile={(file) => setStep({ name: 'setup', file })} />}
          {step.name === 'setup' && (
            <ImportSetup
              key={`${step.file.name}:${step.file.size}:${step.file.lastModified}`}
              file={step.file}
              onReset={() => setStep({ name: 'pick' })}
              onStarted={(job) => setStep({ name: 'job', job })}
            />
          )}
          {step.name === 'job' && (
            <>
              <ImportJobView
                key={step.job.id}
                started={step.job}
                onFinished={() => setStatsRound((n) => n + 1)}
              />
              <button type="button" onClick={() => setStep({ name: 'pick' })}>
                {t('import.another')}
              </button>
            </>
          )}
        </>
      )}
    </div>
  );
}
