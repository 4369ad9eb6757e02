import { Language } from '@opencjm/core';
import { chanceText, experiment } from '@opencjm/engine';
import { fraction, positive, split } from './experiment-options.ts';
import { fixed, interval, percent, table } from './format.ts';
import type { Kind } from './kind.ts';
import { choice, count } from './options.ts';

interface Options {
  exposure: string;
  variantProperty: string;
  control: string;
  goal: string;
  window?: string;
  value?: string;
  split?: Record<string, number>;
  plannedSample?: number;
  mde?: number;
  alpha: number;
  lang: Language;
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const p = (x: number | null) => (x === null ? '—' : x < 0.001 ? '<0.001' : x.toFixed(3));

/** `cjm analyze experiment`: an A/B(/n) test evaluated from the events. */
export function registerExperiment(kind: Kind): void {
  kind<Options>(
    'experiment',
    'evaluate an A/B test: conversion per variant, lift, p, chance to win',
    async (store, _map, o) => {
      const result = await experiment(store, {
        exposure: o.exposure,
        variantProperty: o.variantProperty,
        control: o.control,
        goal: o.goal,
        window: o.window,
        value: o.value,
        split: o.split,
        plannedSample: o.plannedSample,
        mde: o.mde,
        alpha: o.alpha,
      });
      const rows = result.variants.map((v) => [
        v.control ? `${v.name} (control)` : v.name,
        String(v.customers),
        String(v.conversions),
        percent(v.rate),
        interval(v.rateCi, percent),
        v.lift === null ? '—' : signed(v.lift),
        interval(v.ci, signed),
        p(v.pValue),
        p(v.adjustedPValue),
        chanceText(v.chanceToWin),
        v.expectedLoss === null ? '—' : `${(v.expectedLoss * 100).toPrecision(2)} pp`,
        ...(result.valueField ? [fixed(v.value?.mean ?? null, 2), p(v.value?.pValue ?? null)] : []),
      ]);
      const head = [
        'Variant',
        'Customers',
        'Conv.',
        'Rate',
        '95% CI',
        'Lift',
        'Lift 95% CI',
        'p',
        'p (Holm)',
        'Chance to win',
        'Exp. loss',
        ...(result.valueField ? [`Mean ${result.valueField}`, `p ${result.valueField}`] : []),
      ];
      const planning = result.planning;
      const lines = [
        `${result.exposure} → ${result.goal}: p from two-sided Welch's t-test, chance to win with Beta(1, 1) priors`,
        table(head, rows, `lrrrrrrrrrr${result.valueField ? 'rr' : ''}`),
        `sample ratio: p ${p(result.srm.pValue)}${result.srm.mismatch ? ' — MISMATCH' : ''}; left out: ${result.excluded.mixed} in several variants, ${result.excluded.unlabelled} without a variant`,
        `planned per variant: ${planning.plannedSample ?? '—'}; detectable lift now: ${planning.minimalDetectableEffect === null ? '—' : signed(planning.minimalDetectableEffect)}`,
        result.verdict.text[o.lang],
      ];
      return { json: result, table: lines.join('\n') };
    },
  )
    .requiredOption('--exposure <event>', 'the exposure event, e.g. experiment_viewed')
    .requiredOption('--variant-property <name>', 'property of the exposure naming the variant')
    .requiredOption('--control <name>', 'name of the control variant')
    .requiredOption('--goal <event>', 'the goal event, e.g. purchase')
    .option('--window <span>', 'count goals at most this long after exposure, e.g. 14d (default: any time)')
    .option('--value <field>', 'numeric field summed over the goals: value, or a property such as revenue')
    .option('--split <weights>', 'planned split, e.g. control=50,b=50 (default: equal)', split)
    .option('--planned-sample <n>', 'customers per variant the test was planned for', count)
    .option(
      '--mde <lift>',
      'relative lift to detect, e.g. 0.1: plans the sample from the control rate',
      positive,
    )
    .option('--alpha <level>', 'two-sided significance level', fraction, 0.05)
    .option(
      '--lang <lang>',
      `language of the verdict: ${Language.options.join('|')}`,
      choice(Language.options),
      'en',
    );
}
