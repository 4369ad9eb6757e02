/**
 * The card to focus when it next mounts. A card moved with the keyboard is rendered by its
 * new cell as a new element; this hands the focus over to it.
 */
let pending: string | null = null;

export function requestCardFocus(cardId: string): void {
  pending = cardId;
}

/** True once for the card that was asked to take the focus. */
export function takeCardFocus(cardId: string): boolean {
  if (pending !== cardId) return false;
  pending = null;
  return true;
}
