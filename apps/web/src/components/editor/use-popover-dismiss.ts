import { useCallback } from 'react';

/**
 * Lets a toolbar popover built on `<details>` close the way the "More" menu does: Escape
 * inside it closes it and gives focus back to its summary, and a press outside it closes it
 * (`<details>` alone does neither). Returns the ref callback for the `<details>`; its
 * listeners go with the element (React 19 runs the returned cleanup on detach).
 */
export function usePopoverDismiss(): (details: HTMLDetailsElement | null) => (() => void) | undefined {
  return useCallback((details: HTMLDetailsElement | null) => {
    if (!details) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.preventDefault();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onOutside = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
    };
  }, []);
}
