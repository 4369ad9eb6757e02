import type { Evaluated } from './evaluate.ts';
import type { VariantResult } from './options.ts';
import { verdictText } from './verdict.ts';

/**
 * The verdict: not enough data, then a sample-ratio mismatch (which voids the rest), then
 * the best variant significantly better than the control after Holm correction, else the
 * worst one significantly worse, else no difference. A result read before the planned
 * sample says so in every language.
 */
export function decide(
  variants: VariantResult[],
  srm: Evaluated['srm'],
  planning: Evaluated['planning'],
  alpha: number,
): Evaluated['verdict'] {
  const [control, ...others] = variants as [VariantResult, ...VariantResult[]];
  const pct = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`);
  const pText = (p: number | null) => (p === null ? '—' : p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`);
  const tested = others.filter((v) => v.adjustedPValue !== null);
  const significant = tested.filter((v) => (v.adjustedPValue ?? 1) < alpha);
  const best = [...others].sort((a, b) => b.rate - a.rate)[0];
  const winner = significant.filter((v) => (v.lift ?? 0) > 0).sort((a, b) => b.rate - a.rate)[0];
  const loser = significant.filter((v) => (v.lift ?? 0) < 0).sort((a, b) => a.rate - b.rate)[0];
  const code =
    control.customers < 2 || tested.length === 0
      ? 'not-enough-data'
      : srm.mismatch
        ? 'sample-ratio-mismatch'
        : winner
          ? 'winner'
          : loser
            ? 'loser'
            : 'no-difference';
  const named = code === 'winner' ? winner : code === 'loser' ? loser : best;
  const smallestP = Math.min(...tested.map((v) => v.adjustedPValue ?? 1));
  const readEarly = planning.readEarly;
  const vars = {
    variant: named?.name ?? '',
    control: control.name,
    lift: pct(named?.lift ?? null),
    chance: chanceText(named?.chanceToWin ?? null),
    p: pText(
      code === 'sample-ratio-mismatch'
        ? srm.pValue
        : code === 'no-difference'
          ? smallestP
          : (named?.adjustedPValue ?? null),
    ),
    planned: planning.plannedSample ?? 0,
  };
  return {
    code,
    variant: code === 'winner' || code === 'loser' ? (named?.name ?? null) : null,
    readEarly,
    text: verdictText(code, vars, readEarly),
  };
}

/** A chance as a percentage that never rounds to a certainty: > 99.9%, < 0.1%. */
export function chanceText(x: number | null): string {
  if (x === null) return '—';
  if (x > 0.999) return '> 99.9%';
  if (x < 0.001) return '< 0.1%';
  return `${(x * 100).toFixed(1)}%`;
}
