import { useEditor } from '../../store/editor.ts';
import { NONE } from '../../store/empty.ts';

interface StageSelectProps {
  label: string;
  value: string | undefined;
  /** The option for "no stage". */
  emptyLabel: string;
  onChange: (stage: string | undefined) => void;
}

/** A labelled picker of one of the map's stages, or none. */
export function StageSelect({ label, value, emptyLabel, onChange }: StageSelectProps) {
  const stages = useEditor((state) => state.map?.stages ?? NONE);
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </select>
    </label>
  );
}
