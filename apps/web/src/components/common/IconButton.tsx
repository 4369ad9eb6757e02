import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> {
  /** The accessible name (also the tooltip). */
  label: string;
  /** A symbol or an SVG icon (e.g. a Lucide icon element), not a word: words belong in translations. */
  icon: ReactNode;
}

/** A small button showing a symbol, named by `label` for screen readers and on hover. */
export function IconButton({ label, icon, className, type, ...rest }: IconButtonProps) {
  return (
    <button
      type={type === 'submit' ? 'submit' : 'button'}
      className={`icon-button ${className ?? ''}`}
      aria-label={label}
      title={label}
      {...rest}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
