/**
 * Which menu item a key moves focus to, following the WAI-ARIA menu pattern: arrows step
 * and wrap around, Home and End jump to the ends. `current` is the focused item's index
 * (-1 when none is); `null` means the key does not move focus.
 * @example menuFocusIndex('ArrowDown', 2, 3) // 0
 */
export function menuFocusIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
