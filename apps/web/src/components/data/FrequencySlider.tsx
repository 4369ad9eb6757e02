import { useId } from 'react';

interface FrequencySliderProps {
  label: string;
  /** Percent 0…100. */
  value: number;
  onChange: (value: number) => void;
}

/** A 0–100 % slider with its label and value, as the process map's frequency filters. */
export function FrequencySlider({ label, value, onChange }: FrequencySliderProps) {
  const id = useId();
  return (
    <div className="frequency-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value}
        aria-valuetext={`${value} %`}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{value} %</output>
    </div>
  );
}
