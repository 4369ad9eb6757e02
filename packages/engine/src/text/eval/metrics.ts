/**
 * Accuracy and macro-averaged F1 (the mean over `labels` of each label's F1) of
 * predictions against the expected labels, index by index.
 */
export function accuracyAndMacroF1<L extends string>(
  expected: readonly L[],
  predicted: readonly L[],
  labels: readonly L[],
): { accuracy: number; macroF1: number } {
  if (expected.length !== predicted.length)
    throw new Error(`metrics: ${expected.length} expected labels but ${predicted.length} predictions`);
  const n = expected.length;
  const correct = expected.filter((label, i) => predicted[i] === label).length;
  const f1s = labels.map((label) => {
    const tp = expected.filter((e, i) => e === label && predicted[i] === label).length;
    const predictedN = predicted.filter((p) => p === label).length;
    const actualN = expected.filter((e) => e === label).length;
    const precision = predictedN === 0 ? 0 : tp / predictedN;
    const recall = actualN === 0 ? 0 : tp / actualN;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return { accuracy: n === 0 ? 0 : correct / n, macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length };
}
