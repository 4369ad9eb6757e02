import type { Stage, Touchpoint } from '@opencjm/core';
import type { Metric } from '../../api/analytics-schemas.ts';
import type { MetricsStatus } from '../../store/metrics.ts';

/**
 * Which measured figures a stage header shows, and when it says "no data" instead: a stage
 * none of whose touchpoints has an event rule is not measured, so its zeros would be made up.
 *
 * The server's funnel gives each stage its customers, its share of the first stage's
 * customers, and the drop-off and median time *from the previous* stage. A stage column reads
 * better when it says where its customers go, so the figures of the next stage give this
 * stage's conversion to the next stage and the median time it takes.
 */

/** One figure of a stage: what it counts (a translation key's suffix) and its value. */
export type StageFigure =
  | { what: 'reached'; value: number }
  | { what: 'toNext'; value: number }
  | { what: 'timeToNext'; seconds: number }
  | { what: 'ofFirst'; value: number };

export type StageFigures =
  | { kind: 'loading' }
  | { kind: 'hidden' }
  | { kind: 'no-data'; reason: 'unbound' | 'no-events' }
  | { kind: 'figures'; figures: StageFigure[] };

/** Whether some touchpoint of the stage has an event rule, so events can land on the stage. */
export function isStageMeasured(
  map: { readonly touchpoints: readonly Touchpoint[] },
  stageId: string,
): boolean {
  return map.touchpoints.some(
    (tp) =>
      tp.stage === stageId &&
      tp.match !== undefined &&
      Object.values(tp.match).some((value) => value !== undefined && value !== ''),
  );
}

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The figures of the stage at `index` of `map.stages`: customers who reached it; the share of
 * them who went on to the next (measured) stage and the median time that took; for later
 * stages, the share of the first stage's customers who got this far.
 */
export function stageFigures(
  map: { readonly touchpoints: readonly Touchpoint[]; readonly stages: readonly Stage[] },
  index: number,
  status: MetricsStatus,
  metrics: Readonly<Record<string, Metric>> | undefined,
): StageFigures {
  const stage = map.stages[index];
  if (status === 'idle' || status === 'loading') return { kind: 'loading' };
  if (status === 'error' || stage === undefined) return { kind: 'hidden' };
  if (!isStageMeasured(map, stage.id)) return { kind: 'no-data', reason: 'unbound' };
  const metric = metrics?.[stage.id];
  if (status === 'none' || metric === undefined) return { kind: 'no-data', reason: 'no-events' };
  const figures: StageFigure[] = [{ what: 'reached', value: metric.customers }];
  const nextStage = map.stages[index + 1];
  const next = nextStage && isStageMeasured(map, nextStage.id) ? metrics?.[nextStage.id] : undefined;
  if (next && metric.customers > 0) {
    figures.push({ what: 'toNext', value: next.customers / metric.customers });
    if (isNumber(next.medianSeconds)) figures.push({ what: 'timeToNext', seconds: next.medianSeconds });
  }
  if (index > 0 && isNumber(metric.conversion)) figures.push({ what: 'ofFirst', value: metric.conversion });
  return { kind: 'figures', figures };
}
