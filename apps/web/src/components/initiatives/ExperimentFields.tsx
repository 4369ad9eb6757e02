import type { ExperimentDefinition } from '@opencjm/core';
import type { TKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';
import { Field } from '../common/Field.tsx';

type TextKey = 'exposure' | 'variantProperty' | 'control' | 'goal' | 'window' | 'value';
const TEXT_FIELDS: readonly { key: TextKey; label: TKey; required: boolean }[] = [
  { key: 'exposure', label: 'experiment.exposure', required: true },
  { key: 'variantProperty', label: 'experiment.variantProperty', required: true },
  { key: 'control', label: 'experiment.control', required: true },
  { key: 'goal', label: 'experiment.goal', required: true },
  { key: 'window', label: 'experiment.window', required: false },
  { key: 'value', label: 'experiment.value', required: false },
];

/** The definition of an initiative's experiment: events, variant property, control, window. */
export function ExperimentFields({
  value,
  readOnly,
  onChange,
}: {
  value: ExperimentDefinition;
  readOnly: boolean;
  onChange: (next: ExperimentDefinition) => void;
}) {
  const t = useT();
  const setText = (key: TextKey, text: string) => {
    const next: Record<string, unknown> = { ...value, [key]: text };
    if (text === '' && (key === 'window' || key === 'value')) delete next[key];
    onChange(next as ExperimentDefinition);
  };
  return (
    <div className="experiment-fields">
      {TEXT_FIELDS.map((field) => (
        <Field key={field.key} label={t(field.label)}>
          {(id) => (
            <input
              id={id}
              value={value[field.key] ?? ''}
              required={field.required}
              readOnly={readOnly}
              onChange={(e) => setText(field.key, e.target.value)}
            />
          )}
        </Field>
      ))}
      <Field label={t('experiment.plannedSample')}>
        {(id) => (
          <input
            id={id}
            type="number"
            min={1}
            step={1}
            value={value.plannedSample ?? ''}
            readOnly={readOnly}
            onChange={(e) => {
              const { plannedSample: _old, ...rest } = value;
              const n = e.target.valueAsNumber;
              onChange(Number.isInteger(n) && n > 0 ? { ...rest, plannedSample: n } : rest);
            }}
          />
        )}
      </Field>
    </div>
  );
}
