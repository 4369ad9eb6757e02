import { useState } from 'react';
import { ApiError } from '../../api/errors.ts';
import type { ImportField, ImportJob, ImportPreview } from '../../api/import-schemas.ts';
import { ImportField as Fields } from '../../api/import-schemas.ts';
import { startImport } from '../../api/imports.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Loading } from '../common/Loading.tsx';
import { formatFileSize } from './file-size.ts';
import {
  fieldSources,
  fieldValue,
  mappingOf,
  missingFields,
  type Overrides,
  percent,
  rowColumns,
} from './import-plan.ts';
import { MappingForm } from './MappingForm.tsx';
import { RowsTable } from './RowsTable.tsx';
import { usePreview } from './use-preview.ts';

function FormatFacts({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const parts = [preview.format.toUpperCase()];
  if (preview.gzip) parts.push(t('import.gzip'));
  if (preview.encoding) parts.push(t('import.encoding', { encoding: preview.encoding }));
  return (
    <dl className="facts">
      <div>
        <dt>{t('import.format')}</dt>
        <dd data-testid="import-format">{parts.join(', ')}</dd>
      </div>
    </dl>
  );
}

/** The columns of the file as they are, then the event fields as the import will read them. */
function PreviewTables({ preview, overrides }: { preview: ImportPreview; overrides: Overrides }) {
  const t = useT();
  const sources = fieldSources(preview.mapping, overrides, Fields.options);
  const mapped = Fields.options.filter((field): field is ImportField => sources[field] !== undefined);
  if (preview.rows.length === 0) return <p className="muted">{t('import.noRows')}</p>;
  const missing = missingFields(sources);
  const shown = rowColumns(preview);
  return (
    <>
      <h2>{t('import.firstRows')}</h2>
      <RowsTable
        label={t('import.firstRows')}
        headers={shown}
        rows={preview.rows.map((row) => shown.map((column) => row[column] ?? null))}
      />
      <h2>{t('import.readAs')}</h2>
      {missing.map((what) => (
        <p key={what} className="notice warn">
          {t(`import.missing.${what}`)}
        </p>
      ))}
      {mapped.length > 0 && (
        <RowsTable
          label={t('import.readAs')}
          headers={mapped.map((field) => t(`import.field.${field}`))}
          rows={preview.rows.map((row) => mapped.map((field) => fieldValue(row, sources[field] ?? [])))}
        />
      )}
    </>
  );
}

/** A chosen file: its preview, the preset and column choices, and the button starting the import. */
export function ImportSetup({
  file,
  onReset,
  onStarted,
}: {
  file: File;
  onReset: () => void;
  onStarted: (job: ImportJob) => void;
}) {
  const t = useT();
  const lang = useLanguage((state) => state.lang);
  const [preset, setPreset] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [timeFormat, setTimeFormat] = useState('');
  const [uploading, setUploading] = useState(false);
  const [sent, setSent] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const { preview, loading, error: previewError, retry } = usePreview(file, preset ?? '');
  // Until the member picks one, the preset is the one the server suggests.
  const chosenPreset = preset ?? preview?.suggestedPreset ?? '';
  const start = async () => {
    setUploading(true);
    setSent(0);
    setError(null);
    try {
      const job = await startImport(
        file,
        {
          name: file.name,
          preset: chosenPreset || undefined,
          mapping: mappingOf(overrides, timeFormat),
        },
        setSent,
      );
      onStarted(job);
    } catch (failure) {
      setError(failure);
      setUploading(false);
    }
  };
  return (
    <section className="import-setup">
      <div className="inline-form">
        <p>{t('import.chosen', { name: file.name, size: formatFileSize(lang, file.size) })}</p>
        <button type="button" onClick={onReset} disabled={uploading}>
          {t('import.other')}
        </button>
      </div>
      {previewError !== null && <ErrorNotice error={previewError} onRetry={retry} />}
      {previewError instanceof ApiError &&
        previewError.issues.map((issue) => (
          <p key={`${issue.path}:${issue.message}`} className="muted">
            {issue.message}
          </p>
        ))}
      {loading && preview === null && <Loading />}
      {preview && (
        <>
          <FormatFacts preview={preview} />
          {preview.format === 'xes' ? (
            <p className="muted">{t('import.xesNote')}</p>
          ) : (
            <>
              <MappingForm
                preview={preview}
                preset={chosenPreset}
                onPreset={setPreset}
                overrides={overrides}
                onOverride={(field, column) => setOverrides((now) => ({ ...now, [field]: column }))}
                timeFormat={timeFormat}
                onTimeFormat={setTimeFormat}
              />
              <PreviewTables preview={preview} overrides={overrides} />
            </>
          )}
        </>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {uploading && (
        <div className="import-progress">
          <progress aria-label={t('import.upload')} max={100} value={percent(sent)} />
          <p role="status">{t('import.uploading', { name: file.name, percent: percent(sent) })}</p>
        </div>
      )}
      <button
        type="button"
        className="primary"
        disabled={uploading || preview === null}
        aria-busy={loading}
        onClick={() => void start()}
      >
        {t('import.start')}
      </button>
    </section>
  );
}
