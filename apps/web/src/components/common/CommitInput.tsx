import type { InputHTMLAttributes } from 'react';

interface CommitInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onBlur'> {
  value: string;
  /** Called with the trimmed text when the field is left or Enter pressed, if it changed. */
  onCommit: (value: string) => void;
}

/**
 * A text field that commits once, on leaving it or Enter, instead of on every key, so a
 * typed word is one edit (one undo step) rather than one per letter.
 */
export function CommitInput({ value, onCommit, onKeyDown, ...rest }: CommitInputProps) {
  const commit = (input: HTMLInputElement) => {
    const text = input.value.trim();
    if (text !== value) onCommit(text);
  };
  return (
    <input
      key={value}
      defaultValue={value}
      onBlur={(event) => commit(event.currentTarget)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget);
        onKeyDown?.(event);
      }}
      {...rest}
    />
  );
}
