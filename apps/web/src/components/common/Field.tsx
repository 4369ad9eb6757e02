import { type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  /** Renders the control with the given id, so the label names exactly it. */
  children: (id: string) => ReactNode;
  className?: string;
}

/**
 * A labelled form control. The label is tied by `for`/`id` rather than wrapped around
 * the control, so the control's accessible name is the label alone (a wrapping label
 * would add a select's chosen option to it).
 */
export function Field({ label, children, className }: FieldProps) {
  const id = useId();
  return (
    <div className={className ?? 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
