import { useT } from '../../i18n/use-t.ts';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** A 1…5 picker (or none) for impact or effort. */
export function RatingSelect(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | null) => void;
}) {
  const t = useT();
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">{t('common.none')}</option>
      {RATINGS.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
