/**
 * The `index` of a `moveCard` for a card dropped before the card at `targetIndex` of the
 * cell's cards (`cellIds`, as shown, possibly including the dragged card), or at the end
 * when `targetIndex` is undefined. `moveCard` counts positions without the moved card.
 * @example dropIndex(['a', 'b', 'c'], 'a', 2) // 1: before c once a is taken out
 */
export function dropIndex(
  cellIds: readonly string[],
  draggedId: string,
  targetIndex: number | undefined,
): number {
  const others = cellIds.filter((id) => id !== draggedId);
  if (targetIndex === undefined) return others.length;
  const target = cellIds[targetIndex];
  if (target === undefined) return others.length;
  if (target === draggedId) return Math.max(0, cellIds.indexOf(draggedId));
  return others.indexOf(target);
}
