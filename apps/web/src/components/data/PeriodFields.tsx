import { useT } from '../../i18n/use-t.ts';
import { Field } from '../common/Field.tsx';

interface PeriodFieldsProps {
  /** First day shown, `YYYY-MM-DD` or empty. */
  from: string;
  /** Last day shown (included), `YYYY-MM-DD` or empty. */
  through: string;
  onChange(from: string, through: string): void;
  /** The fields' tooltip; default: the data views' hint. */
  hint?: string;
}

/**
 * The From and Through date fields that choose a period (see `periodFromDates`): the data
 * views' and the editor's figures use the same two fields with the same words.
 */
export function PeriodFields({ from, through, onChange, hint }: PeriodFieldsProps) {
  const t = useT();
  const title = hint ?? t('data.periodHint');
  return (
    <>
      <Field label={t('data.from')}>
        {(id) => (
          <input
            id={id}
            type="date"
            title={title}
            value={from}
            onChange={(event) => onChange(event.target.value, through)}
          />
        )}
      </Field>
      <Field label={t('data.through')}>
        {(id) => (
          <input
            id={id}
            type="date"
            title={title}
            value={through}
            onChange={(event) => onChange(from, event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
