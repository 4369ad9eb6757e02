import type { Language } from '@opencjm/core';
import type { PainKind } from './finding.ts';

/** The numbers a card states, already formatted for its language. */
export interface PhraseVars {
  /** Name of the stage or touchpoint the finding is about. */
  place: string;
  /** drop-off: name of the stage not reached. */
  next: string;
  rate: string;
  baseline: string;
  n: number;
  /** `= 0.012` or `< 0.001`. */
  p: string;
  threshold: string;
  repeats: number;
  mean: string;
}

type Phrase = (v: PhraseVars) => string;

/** Card text per kind and language: the finding in one sentence with its numbers. */
export const PAIN_PHRASES: Readonly<Record<PainKind, Readonly<Record<Language, Phrase>>>> = {
  'drop-off': {
    en: (v) =>
      `${v.rate} of customers who reached “${v.place}” did not go on to “${v.next}” (other stages: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    ru: (v) =>
      `${v.rate} клиентов, дошедших до этапа «${v.place}», не перешли к «${v.next}» (на других этапах: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    zh: (v) =>
      `到达“${v.place}”的客户中有 ${v.rate} 未进入“${v.next}”（其他阶段：${v.baseline}；n = ${v.n}，p ${v.p}）。`,
  },
  'long-dwell-exit': {
    en: (v) =>
      `${v.rate} of customers at “${v.place}” spent ${v.threshold} or more there and then left for good (other touchpoints: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    ru: (v) =>
      `${v.rate} клиентов в точке «${v.place}» провели там ${v.threshold} и дольше и больше не вернулись (в других точках: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    zh: (v) =>
      `在“${v.place}”的客户中有 ${v.rate} 停留 ${v.threshold} 以上后离开且再未返回（其他触点：${v.baseline}；n = ${v.n}，p ${v.p}）。`,
  },
  loop: {
    en: (v) =>
      `${v.rate} of customers came back to “${v.place}” ${v.repeats} or more times in one visit (other touchpoints of the stage: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    ru: (v) =>
      `${v.rate} клиентов возвращались к точке «${v.place}» ${v.repeats} и более раз за одно посещение (в других точках этапа: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    zh: (v) =>
      `有 ${v.rate} 的客户在一次访问中 ${v.repeats} 次或更多次回到“${v.place}”（本阶段其他触点：${v.baseline}；n = ${v.n}，p ${v.p}）。`,
  },
  'stage-return': {
    en: (v) =>
      `${v.rate} of customers came back to “${v.place}” after a later stage (other stages: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    ru: (v) =>
      `${v.rate} клиентов вернулись к этапу «${v.place}» после более позднего (на других этапах: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    zh: (v) =>
      `有 ${v.rate} 的客户在到达后续阶段后又回到“${v.place}”（其他阶段：${v.baseline}；n = ${v.n}，p ${v.p}）。`,
  },
  'negative-sentiment': {
    en: (v) =>
      `${v.rate} of texts about “${v.place}” are negative, mean sentiment ${v.mean} (elsewhere: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    ru: (v) =>
      `${v.rate} текстов о «${v.place}» негативны, средняя тональность ${v.mean} (в остальных: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    zh: (v) =>
      `关于“${v.place}”的文本中有 ${v.rate} 为负面，平均情感 ${v.mean}（其他：${v.baseline}；n = ${v.n}，p ${v.p}）。`,
  },
  'low-csat': {
    en: (v) =>
      `${v.rate} of CSAT answers about “${v.place}” are 1–3 (elsewhere: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    ru: (v) =>
      `${v.rate} оценок CSAT по «${v.place}» — от 1 до 3 (в остальных: ${v.baseline}; n = ${v.n}, p ${v.p}).`,
    zh: (v) =>
      `关于“${v.place}”的 CSAT 评分中有 ${v.rate} 为 1–3 分（其他：${v.baseline}；n = ${v.n}，p ${v.p}）。`,
  },
};

/** Title of the card's source: the analysis that found it. */
export const PAIN_SOURCES: Readonly<Record<PainKind, Readonly<Record<Language, string>>>> = {
  'drop-off': {
    en: 'OpenCJM: stage funnel drop-off, Fisher exact test',
    ru: 'OpenCJM: отток по этапам воронки, точный тест Фишера',
    zh: 'OpenCJM：阶段漏斗流失，Fisher 精确检验',
  },
  'long-dwell-exit': {
    en: 'OpenCJM: visit time and exits per touchpoint, Fisher exact test',
    ru: 'OpenCJM: время в точках контакта и уходы, точный тест Фишера',
    zh: 'OpenCJM：触点停留时间与离开，Fisher 精确检验',
  },
  loop: {
    en: 'OpenCJM: repeated touchpoints, Fisher exact test',
    ru: 'OpenCJM: повторы точек контакта, точный тест Фишера',
    zh: 'OpenCJM：触点重复，Fisher 精确检验',
  },
  'stage-return': {
    en: 'OpenCJM: returns to earlier stages, Fisher exact test',
    ru: 'OpenCJM: возвраты на прежние этапы, точный тест Фишера',
    zh: 'OpenCJM：返回先前阶段，Fisher 精确检验',
  },
  'negative-sentiment': {
    en: 'OpenCJM: text sentiment, Fisher exact test',
    ru: 'OpenCJM: тональность текстов, точный тест Фишера',
    zh: 'OpenCJM：文本情感，Fisher 精确检验',
  },
  'low-csat': {
    en: 'OpenCJM: CSAT answers, Fisher exact test',
    ru: 'OpenCJM: ответы CSAT, точный тест Фишера',
    zh: 'OpenCJM：CSAT 评分，Fisher 精确检验',
  },
};
