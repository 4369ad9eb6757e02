import { Language } from '@opencjm/core';
import { type ExperimentResult, experiment } from '@opencjm/engine';
import type { Ui } from '../../i18n/ui.ts';
import { experimentParsers } from './experiment-options.ts';
import { table } from './format.ts';
import type { Kind, Shown } from './kind.ts';
import { parsers } from './options.ts';

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

/**
 * `cjm analyze experiment`: an A/B(/n) test evaluated from the events. By default the
 * table says what a marketer decides on (rate, lift, chance to win, the verdict in words);
 * --details adds the intervals, p-values, expected loss and the sample-ratio p.
 */
export function registerExperiment(kind: Kind, ui: Ui): void {
  const { choice, count } = parsers(ui);
  const { fraction, positive, split } = experimentParsers(ui);
  const h = ui.t.help.analyze.experiment;
  kind<Options>('experiment', async (store, _map, o, _args, s) => {
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
    const t = s.ui.t.analyze.experiment;
    const { fmt } = s.ui;
    const srm = result.srm;
    const planning = result.planning;
    const mde = planning.minimalDetectableEffect;
    const lines = [
      `${result.exposure} → ${result.goal}${s.details ? `: ${t.method}` : ''}`,
      variantTable(result, s),
      s.details
        ? t.srm(
            fmt.pValue(srm.pValue),
            srm.mismatch,
            fmt.int(result.excluded.mixed),
            fmt.int(result.excluded.unlabelled),
          )
        : t.srmPlain(srm.mismatch, fmt.int(result.excluded.mixed), fmt.int(result.excluded.unlabelled)),
      t.planning(
        planning.plannedSample === null ? '—' : fmt.int(planning.plannedSample),
        mde === null ? '—' : fmt.signedPercent(mde),
      ),
      result.verdict.text[o.lang ?? s.ui.lang],
    ];
    return { json: result, table: lines.join('\n') };
  })
    .requiredOption('--exposure <event>', h.exposure)
    .requiredOption('--variant-property <name>', h.variantProperty)
    .requiredOption('--control <name>', h.control)
    .requiredOption('--goal <event>', h.goal)
    .option('--window <span>', h.window)
    .option('--value <field>', h.value)
    .option('--split <weights>', h.split, split)
    .option('--planned-sample <n>', h.plannedSample, count)
    .option('--mde <lift>', h.mde, positive)
    .option('--alpha <level>', h.alpha, fraction, 0.05)
    .option('--lang <lang>', h.lang(Language.options.join('|')), choice(Language.options));
}

function variantTable(result: ExperimentResult, { ui, details }: Shown): string {
  const { fmt } = ui;
  const t = ui.t.analyze.experiment;
  const h = t.headers;
  const field = result.valueField;
  // As the engine's chanceText, in the locale's numbers: certainty is never printed as 100%.
  const chance = (x: number | null) =>
    x === null
      ? '—'
      : x > 0.999
        ? `> ${fmt.percent(0.999)}`
        : x < 0.001
          ? `< ${fmt.percent(0.001)}`
          : fmt.percent(x);
  const rows = result.variants.map((v) => [
    v.control ? t.control(v.name) : v.name,
    fmt.int(v.customers),
    fmt.int(v.conversions),
    fmt.percent(v.rate),
    ...(details ? [fmt.interval(v.rateCi, (x) => fmt.percent(x))] : []),
    fmt.signedPercent(v.lift),
    ...(details
      ? [fmt.interval(v.ci, (x) => fmt.signedPercent(x)), fmt.pValue(v.pValue), fmt.pValue(v.adjustedPValue)]
      : []),
    chance(v.chanceToWin),
    ...(details ? [v.expectedLoss === null ? '—' : t.pp(fmt.fixed(v.expectedLoss * 100, 2))] : []),
    ...(field
      ? [fmt.fixed(v.value?.mean ?? null, 2), ...(details ? [fmt.pValue(v.value?.pValue ?? null)] : [])]
      : []),
  ]);
  const head = [
    h.variant,
    h.customers,
    h.conversions,
    h.rate,
    ...(details ? [h.ci] : []),
    h.lift,
    ...(details ? [h.liftCi, h.p, h.holm] : []),
    h.chance,
    ...(details ? [h.loss] : []),
    ...(field ? [h.mean(field), ...(details ? [h.pOf(field)] : [])] : []),
  ];
  return table(head, rows, `l${'r'.repeat(head.length - 1)}`);
}
