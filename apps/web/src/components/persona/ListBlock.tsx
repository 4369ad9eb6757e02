import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { ListField } from './persona-form.ts';
import { LIST_ICONS } from './persona-icons.ts';

/** One list of a persona card (goals, frustrations …) edited as one item per line. */
export function ListBlock({
  field,
  value,
  rows,
  onChange,
}: {
  field: ListField;
  value: string;
  rows: number;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  const Icon = LIST_ICONS[field];
  return (
    <div className={`persona-block persona-block-${field}`}>
      <label htmlFor={id}>
        <Icon size={16} aria-hidden="true" />
        {t(`persona.${field}`)}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        placeholder={t('persona.onePerLine')}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
