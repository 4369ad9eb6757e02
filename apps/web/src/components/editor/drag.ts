/** The drag-and-drop data type of a card; its value is the card id. */
export const CARD_MIME = 'application/x-opencjm-card';

/** Whether a drag carries a card (the id itself is readable only on drop). */
export function dragsCard(transfer: DataTransfer): boolean {
  return transfer.types.includes(CARD_MIME);
}
