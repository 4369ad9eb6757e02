/**
 * Which side of its summary a toolbar popover opens to: `start` (its left edges aligned,
 * opening rightwards) when the panel fits the window that way, else `end` (right edges
 * aligned). The toolbar wraps, so a menu may sit at either end of a row.
 */
export function popoverSide(details: HTMLDetailsElement, panel: Element | null): 'start' | 'end' {
  const summary = details.querySelector('summary') ?? details;
  const left = summary.getBoundingClientRect().left;
  const width = panel?.getBoundingClientRect().width ?? 0;
  return left + width <= document.documentElement.clientWidth ? 'start' : 'end';
}
