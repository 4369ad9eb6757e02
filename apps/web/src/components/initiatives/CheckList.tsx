import type { TKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/use-t.ts';

/** A fieldset of checkboxes choosing ids (the pains or KPIs an initiative links). */
export function CheckList({
  legend,
  empty,
  options,
  chosen,
  disabled,
  onChange,
}: {
  legend: TKey;
  empty: TKey;
  options: readonly { id: string; label: string }[];
  chosen: readonly string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  return (
    <fieldset className="check-list">
      <legend>{t(legend)}</legend>
      {options.length === 0 && <p className="muted">{t(empty)}</p>}
      {options.map((option) => (
        <label key={option.id}>
          <input
            type="checkbox"
            checked={chosen.includes(option.id)}
            disabled={disabled}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
