import { useId, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedText: string;
}

/** A read-only text (a link or a key) with a button copying it to the clipboard. */
export function CopyField({ label, value, copyLabel, copiedText }: CopyFieldProps) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin or a refusal): select the text for Ctrl+C.
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => void copy()}>
        {copyLabel}
      </button>
      {copied && <span role="status">{copiedText}</span>}
    </div>
  );
}
