import { wilson } from '../stats/wilson.ts';
import { chanceToBeat, expectedLoss, posterior } from './bayes.ts';
import { decide } from './decide.ts';
import { holm } from './holm.ts';
import { relativeLift } from './lift.ts';
import type { ExperimentResult, VariantResult } from './options.ts';
import { minimalDetectableEffect, sampleSize } from './planning.ts';
import { sampleRatio } from './srm.ts';
import { binarySample, type Sample, welchTest } from './welch.ts';

/** The counts of one variant, as the experiment query gives them. */
export interface VariantCounts {
  name: string;
  customers: number;
  conversions: number;
  /** Mean and sample variance of the per-customer value; null without a value field. */
  value: { mean: number; variance: number } | null;
}

/** What {@link evaluateExperiment} needs besides the counts. */
export interface EvaluateInput {
  control: string;
  alpha: number;
  power: number;
  split?: Readonly<Record<string, number>>;
  plannedSample?: number;
  mde?: number;
}

/** The parts of the result computed from the counts. */
export type Evaluated = Pick<ExperimentResult, 'variants' | 'srm' | 'planning' | 'verdict'>;

/**
 * Evaluates an experiment from per-variant counts: rates with Wilson intervals, relative
 * lift with a delta-method interval, Welch's t-test on 0/1 conversion (and on the value),
 * Holm correction over the variants, Bayesian chance to beat the control and expected loss,
 * the sample-ratio check, planning and the verdict. Pure: the query is in experiment.ts.
 */
export function evaluateExperiment(counts: readonly VariantCounts[], input: EvaluateInput): Evaluated {
  const control = counts.find((c) => c.name === input.control);
  if (!control) throw new Error(`no customers saw the control "${input.control}"`);
  const others = counts
    .filter((c) => c !== control)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ordered = [control, ...others];
  const controlSample = binarySample(control.conversions, control.customers);
  const tests = others.map((v) => welchTest(controlSample, binarySample(v.conversions, v.customers)));
  const adjusted = holm(tests.map((t) => t?.pValue ?? null));
  const valueSample = (c: VariantCounts): Sample | null =>
    c.value ? { n: c.customers, mean: c.value.mean, variance: c.value.variance } : null;
  const controlValue = valueSample(control);
  const valueTests = others.map((v) => {
    const s = valueSample(v);
    return controlValue && s ? welchTest(controlValue, s) : null;
  });
  const valueAdjusted = holm(valueTests.map((t) => t?.pValue ?? null));
  const prior = posterior(control.conversions, control.customers);

  const variants: VariantResult[] = ordered.map((c, i) => {
    const isControl = i === 0;
    const j = i - 1;
    const sample = binarySample(c.conversions, c.customers);
    const lift = relativeLift(controlSample, sample);
    const post = posterior(c.conversions, c.customers);
    const value = valueSample(c);
    return {
      name: c.name,
      control: isControl,
      customers: c.customers,
      conversions: c.conversions,
      rate: sample.mean,
      rateCi: wilson(c.conversions, c.customers),
      lift: isControl ? null : lift.lift,
      ci: isControl ? null : lift.ci,
      pValue: isControl ? null : (tests[j]?.pValue ?? null),
      adjustedPValue: isControl ? null : (adjusted[j] ?? null),
      chanceToWin: isControl ? null : chanceToBeat(prior, post),
      expectedLoss: isControl ? null : expectedLoss(post, prior),
      value:
        value && controlValue
          ? {
              mean: value.mean,
              ...(isControl ? { lift: null, ci: null } : relativeLift(controlValue, value)),
              pValue: isControl ? null : (valueTests[j]?.pValue ?? null),
              adjustedPValue: isControl ? null : (valueAdjusted[j] ?? null),
            }
          : null,
    };
  });

  const srm = splitCheck(ordered, input.split);
  const planning = plan(controlSample.mean, Math.min(...ordered.map((c) => c.customers)), input);
  return { variants, srm, planning, verdict: decide(variants, srm, planning, input.alpha) };
}

/**
 * The sample-ratio check over the variants seen and those planned: a planned variant that
 * nobody saw counts as 0 customers (the worst mismatch), a variant seen but not planned is
 * an error in the plan.
 */
function splitCheck(
  ordered: readonly VariantCounts[],
  split?: Readonly<Record<string, number>>,
): Evaluated['srm'] {
  if (!split)
    return { ...sampleRatio(ordered.map((c) => c.customers)), variants: ordered.map((c) => c.name) };
  const missing = ordered.filter((c) => split[c.name] === undefined).map((c) => `"${c.name}"`);
  if (missing.length > 0) throw new RangeError(`split: no planned weight for variant ${missing.join(', ')}`);
  const unseen = Object.keys(split).filter((name) => !ordered.some((c) => c.name === name));
  const names = [...ordered.map((c) => c.name), ...unseen];
  const observed = [...ordered.map((c) => c.customers), ...unseen.map(() => 0)];
  return {
    ...sampleRatio(
      observed,
      names.map((n) => split[n] ?? 0),
    ),
    variants: names,
  };
}

/** The planned sample (given, or from the mde at the control rate) and what is detectable now. */
function plan(baseline: number, smallest: number, input: EvaluateInput): Evaluated['planning'] {
  const usable = baseline > 0 && baseline < 1;
  const { alpha, power } = input;
  const plannedSample =
    input.plannedSample ??
    (input.mde !== undefined && usable ? sampleSize({ baseline, mde: input.mde, alpha, power }) : null);
  return {
    plannedSample,
    minimalDetectableEffect:
      usable && smallest > 0 ? minimalDetectableEffect({ baseline, perArm: smallest, alpha, power }) : null,
    readEarly: plannedSample !== null && smallest < plannedSample,
  };
}
