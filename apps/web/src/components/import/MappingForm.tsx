import { ImportField as Fields, type ImportField, type ImportPreview } from '../../api/import-schemas.ts';
import { isTKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { Field } from '../common/Field.tsx';
import { type Overrides, serverSources } from './import-plan.ts';

interface MappingFormProps {
  preview: ImportPreview;
  /** The chosen preset; '' for none. */
  preset: string;
  onPreset: (preset: string) => void;
  overrides: Overrides;
  onOverride: (field: ImportField, column: string) => void;
  timeFormat: string;
  onTimeFormat: (format: string) => void;
}

/** The preset (offered by the server, its suggestion marked) and a column for each event field. */
export function MappingForm(props: MappingFormProps) {
  const t = useT();
  const { preview } = props;
  const presetName = (preset: string) => {
    const key = `import.preset.${preset}`;
    return isTKey(key) ? t(key) : preset;
  };
  return (
    <div className="panel import-mapping">
      <Field label={t('import.preset')}>
        {(id) => (
          <select id={id} value={props.preset} onChange={(event) => props.onPreset(event.target.value)}>
            <option value="">{t('import.preset.none')}</option>
            {preview.presets.map((preset) => (
              <option key={preset} value={preset}>
                {preset === preview.suggestedPreset
                  ? t('import.preset.suggested', { name: presetName(preset) })
                  : presetName(preset)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <h2>{t('import.mapping')}</h2>
      <p className="muted">{t('import.mappingHint')}</p>
      <div className="mapping-grid">
        {Fields.options.map((field) => {
          const found = serverSources(preview.mapping, field);
          return (
            <Field key={field} label={t(`import.field.${field}`)}>
              {(id) => (
                <select
                  id={id}
                  value={props.overrides[field] ?? ''}
                  onChange={(event) => props.onOverride(field, event.target.value)}
                >
                  <option value="">
                    {found.length > 0
                      ? t('import.automatic', { columns: found.join(', ') })
                      : t('import.notFound')}
                  </option>
                  {preview.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
      <Field label={t('import.timeFormat')}>
        {(id) => (
          <input
            id={id}
            value={props.timeFormat}
            spellCheck={false}
            onChange={(event) => props.onTimeFormat(event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
