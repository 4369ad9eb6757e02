import { useEffect, useRef, useState } from 'react';

interface InlineEditProps {
  value: string;
  /** Accessible name of the text field, e.g. "Stage name". */
  label: string;
  editing: boolean;
  onDone: () => void;
  /** Called with the trimmed new text when it differs and is not empty. */
  onCommit: (value: string) => void;
  className?: string;
}

/** A text field that replaces a label while editing: Enter or leaving it commits, Escape cancels. */
export function InlineEdit({ value, label, editing, onDone, onCommit, className }: InlineEditProps) {
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!editing) return;
    setDraft(value);
    ref.current?.focus();
    ref.current?.select();
  }, [editing, value]);
  if (!editing) return null;
  const commit = () => {
    const text = draft.trim();
    if (text !== '' && text !== value) onCommit(text);
    onDone();
  };
  return (
    <input
      ref={ref}
      className={className ?? 'inline-edit'}
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') onDone();
      }}
    />
  );
}
