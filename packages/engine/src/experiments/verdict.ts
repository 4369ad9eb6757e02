import { type Language, Verdict } from '@opencjm/core';

export { Verdict };

/** The numbers a verdict sentence states. */
export interface VerdictVars {
  variant: string;
  control: string;
  /** Lift as a signed percentage, e.g. +12.3%. */
  lift: string;
  /** Chance to beat control as a percentage. */
  chance: string;
  p: string;
  planned: number;
}

type Phrase = (v: VerdictVars) => string;

const PHRASES: Readonly<Record<Verdict['code'], Readonly<Record<Language, Phrase>>>> = {
  'not-enough-data': {
    en: (v) =>
      `Not enough data: the control “${v.control}” and at least one other variant need two customers each.`,
    ru: (v) =>
      `Данных мало: нужно хотя бы по два клиента в контрольной группе «${v.control}» и в другом варианте.`,
    zh: (v) => `数据不足：对照组“${v.control}”和至少一个其他变体各需要至少两名客户。`,
  },
  'sample-ratio-mismatch': {
    en: (v) =>
      `Do not trust this result: customers are not split between the variants as planned (sample-ratio mismatch, p ${v.p}). Check how variants are assigned and logged.`,
    ru: (v) =>
      `Этому результату нельзя доверять: клиенты распределены по вариантам не так, как планировалось (p ${v.p}). Проверьте, как варианты назначаются и записываются.`,
    zh: (v) =>
      `请勿采信此结果：客户在各变体间的分配与计划不符（样本比例不匹配，p ${v.p}）。请检查变体的分配与记录方式。`,
  },
  winner: {
    en: (v) =>
      `“${v.variant}” converts better than “${v.control}”: ${v.lift} (p ${v.p}), with a ${v.chance} chance to beat it.`,
    ru: (v) =>
      `Вариант «${v.variant}» конвертирует лучше, чем «${v.control}»: ${v.lift} (p ${v.p}), вероятность превзойти контроль ${v.chance}.`,
    zh: (v) =>
      `“${v.variant}”的转化优于“${v.control}”：${v.lift}（p ${v.p}），胜过对照组的概率为 ${v.chance}。`,
  },
  loser: {
    en: (v) => `“${v.variant}” converts worse than “${v.control}”: ${v.lift} (p ${v.p}). Keep the control.`,
    ru: (v) =>
      `Вариант «${v.variant}» конвертирует хуже, чем «${v.control}»: ${v.lift} (p ${v.p}). Оставьте контрольный вариант.`,
    zh: (v) => `“${v.variant}”的转化差于“${v.control}”：${v.lift}（p ${v.p}）。请保留对照组。`,
  },
  'no-difference': {
    en: (v) =>
      `No variant differs from “${v.control}” clearly enough yet (smallest p ${v.p}); the best has a ${v.chance} chance to beat it.`,
    ru: (v) =>
      `Пока ни один вариант не отличается от «${v.control}» достаточно явно (наименьшее p ${v.p}); у лучшего вероятность превзойти контроль ${v.chance}.`,
    zh: (v) =>
      `目前没有变体与“${v.control}”有明显差异（最小 p ${v.p}）；最佳变体胜过对照组的概率为 ${v.chance}。`,
  },
};

const EARLY: Readonly<Record<Language, (planned: number) => string>> = {
  en: (n) => ` Read early: fewer than the planned ${n} customers per variant, so this can still change.`,
  ru: (n) =>
    ` Результат прочитан рано: в вариантах меньше запланированных ${n} клиентов, он ещё может измениться.`,
  zh: (n) => ` 提前查看：每个变体的客户少于计划的 ${n} 名，结果仍可能改变。`,
};

/** The verdict's sentences in Russian, English and Chinese. */
export function verdictText(code: Verdict['code'], vars: VerdictVars, readEarly: boolean): Verdict['text'] {
  const say = (lang: Language) =>
    PHRASES[code][lang](vars) + (readEarly && code !== 'not-enough-data' ? EARLY[lang](vars.planned) : '');
  return { ru: say('ru'), en: say('en'), zh: say('zh') };
}
