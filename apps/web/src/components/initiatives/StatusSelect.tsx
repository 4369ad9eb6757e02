import { INITIATIVE_STATUSES, InitiativeStatus } from '@opencjm/core';
import { useT } from '../../i18n/use-t.ts';
import { statusKey } from './status-label.ts';

/** A select of the six initiative statuses. */
export function StatusSelect({
  value,
  label,
  id,
  disabled,
  onChange,
}: {
  value: InitiativeStatus;
  /** Accessible name, when no `<label>` names the select. */
  label?: string;
  id?: string;
  disabled?: boolean;
  onChange: (status: InitiativeStatus) => void;
}) {
  const t = useT();
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(InitiativeStatus.parse(event.target.value))}
    >
      {INITIATIVE_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(statusKey(status))}
        </option>
      ))}
    </select>
  );
}
