/**
 * The ids present in both orders that are not part of their longest common subsequence:
 * the ones that moved. Inserting or removing an id moves nothing else.
 */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = unique(before.filter((id) => inAfter.has(id)));
  const b = unique(after.filter((id) => inBefore.has(id)));
  const kept = longestCommonSubsequence(a, b);
  return new Set(a.filter((id) => !kept.has(id)));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Classic dynamic programming over suffixes; the lists are small (stages, lanes, a cell). */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Set<string> {
  const width = b.length + 1;
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const id = a[i];
    if (id !== undefined && id === b[j]) {
      kept.add(id);
      i++;
      j++;
    } else if (at(i, j + 1) >= at(i + 1, j)) {
      j++;
    } else {
      i++;
    }
  }
  return kept;
}
