import type { JourneyMap, Language, Persona } from '@opencjm/core';
import type { MapData, StageMetrics } from './options.ts';

/** Anna's map, the story of every test. Core does not export its fixtures, hence the path. */
export { annaMap } from '../../core/src/fixtures.ts';

/**
 * Maps the render tests draw: a small journey told in Russian, English and Chinese
 * (same ids, translated texts), and a nasty map whose texts try to break every format.
 */

/** A text of 500 characters, with spaces, so wrapping and truncation are exercised. */
export const LONG_TEXT = 'Очень длинная карточка с подробным описанием проблемы клиента. '
  .repeat(8)
  .slice(0, 500);

/** Texts the nasty map carries; every export must keep them as text, never as markup. */
export const NASTY = {
  script: '<script>alert(1)</script>',
  amp: 'Tom & Jerry & Co',
  quotes: `She said "hi" and 'bye'`,
  emoji: 'Доволен 😀👍 покупкой',
  chinese: '客户在结账时遇到问题',
  markup: '*bold* _it_ [link](javascript:alert(1)) | pipe # hash',
  mermaid: 'Step: one; two #3 %% comment',
  formula: '=HYPERLINK("http://x","y")',
  multiline: 'first line\nsecond line',
  long: LONG_TEXT,
} as const;

export function nastyMap(): JourneyMap {
  return {
    schemaVersion: 1,
    id: 'nasty',
    title: `Map <b>&</b> "quotes" 'single' 中文 😀`,
    description: NASTY.script,
    type: 'future',
    language: 'en',
    process: 'custom <process>',
    personas: ['p<1>'],
    stages: [
      { id: 's1', name: `Stage <one> & "1"`, goal: NASTY.script },
      { id: 's2', name: '第二阶段：付款', goal: NASTY.chinese },
      { id: 's3', name: NASTY.mermaid },
    ],
    lanes: [
      { id: 'actions', type: 'actions', title: `Actions <i>&</i>` },
      { id: 'pains', type: 'pains', title: NASTY.script },
      { id: 'feel', type: 'emotion', title: 'Feelings "curve"' },
    ],
    cards: [
      {
        id: 'n1',
        lane: 'actions',
        stage: 's1',
        text: NASTY.script,
        evidence: 'observed',
        sources: [],
        touchpoint: 'tp1',
      },
      {
        id: 'n2',
        lane: 'actions',
        stage: 's1',
        text: NASTY.amp,
        evidence: 'reported',
        sources: [{ title: NASTY.quotes }],
      },
      { id: 'n3', lane: 'actions', stage: 's2', text: NASTY.chinese, evidence: 'hypothesis', sources: [] },
      { id: 'n4', lane: 'pains', stage: 's2', text: NASTY.long, evidence: 'reported', sources: [] },
      { id: 'n5', lane: 'pains', stage: 's1', text: NASTY.quotes, evidence: 'observed', sources: [] },
      { id: 'n6', lane: 'actions', stage: 's3', text: NASTY.mermaid, evidence: 'observed', sources: [] },
      { id: 'n7', lane: 'pains', stage: 's3', text: NASTY.emoji, evidence: 'hypothesis', sources: [] },
      { id: 'n8', lane: 'actions', stage: 's3', text: NASTY.markup, evidence: 'observed', sources: [] },
      { id: 'n9', lane: 'pains', stage: 's3', text: NASTY.formula, evidence: 'observed', sources: [] },
      { id: 'n10', lane: 'actions', stage: 's2', text: NASTY.multiline, evidence: 'observed', sources: [] },
    ],
    emotions: [
      { stage: 's1', score: -2, note: NASTY.script },
      { stage: 's2', score: 0.5 },
      { stage: 's3', score: 2, note: NASTY.emoji },
      { stage: 's1', persona: 'p<1>', score: 1 },
    ],
    touchpoints: [
      {
        id: 'tp1',
        name: `Site <a href="x">`,
        channel: 'website',
        kind: 'online',
        source: 'quantitative',
        stage: 's1',
        match: { event: 'page_view', url: '/a?b=1&c=<2>' },
      },
      {
        id: 'tp2',
        name: 'Магазин & склад',
        channel: 'store',
        kind: 'offline',
        source: 'qualitative',
        stage: 's3',
      },
    ],
    opportunities: [
      {
        id: 'o1',
        title: NASTY.script,
        stage: 's1',
        pains: ['n5'],
        owner: `R&D "team" <lead>`,
        status: 'in-progress',
        impact: 5,
        effort: 4,
      },
      { id: 'o2', title: `Whole journey & more`, pains: [], status: 'idea', description: NASTY.multiline },
    ],
    kpis: [{ id: 'k1', name: `NPS <"&">`, stage: 's3', metric: 'nps', target: 40, unit: 'pts' }],
  };
}

export function nastyPersona(): Persona {
  return {
    schemaVersion: 1,
    id: 'p<1>',
    name: `Eve <img src=x onerror=alert(1)>`,
    photo: 'javascript:alert(1)',
    quote: `"Quote" & <b>bold</b> 中文`,
    demographics: { age: '30 & up', occupation: '<hacker>' },
    goals: [],
    needs: [],
    motivations: [],
    frustrations: [],
    channels: [],
    source: 'manual',
  };
}

const WORDS = {
  ru: {
    title: 'Регистрация в банке',
    stages: ['Поиск', 'Заявка', 'Первое использование'],
    lanes: ['Действия', 'Боли', 'Эмоции', 'Возможности'],
    cards: [
      'Ищет банк с бесплатным обслуживанием',
      'Заполняет анкету на сайте',
      'Не приходит СМС с кодом',
      'Переводит деньги другу',
    ],
    note: 'Ждёт код слишком долго',
    opportunity: 'Резервный звонок вместо СМС',
    owner: 'Отдел цифровых каналов',
    touchpoint: 'Сайт банка',
    persona: { name: 'Мария Иванова', quote: 'Хочу открыть счёт за пять минут' },
  },
  en: {
    title: 'Opening a bank account',
    stages: ['Search', 'Application', 'First use'],
    lanes: ['Actions', 'Pains', 'Emotions', 'Opportunities'],
    cards: [
      'Looks for a bank with free service',
      'Fills in the form on the site',
      'The SMS code does not arrive',
      'Sends money to a friend',
    ],
    note: 'Waits too long for the code',
    opportunity: 'Voice call as a fallback for SMS',
    owner: 'Digital channels team',
    touchpoint: 'Bank website',
    persona: { name: 'Mary Ivanova', quote: 'I want an account in five minutes' },
  },
  zh: {
    title: '银行开户',
    stages: ['搜索', '申请', '首次使用'],
    lanes: ['行为', '痛点', '情绪', '机会'],
    cards: ['寻找免费服务的银行', '在网站上填写申请表', '收不到短信验证码', '给朋友转账'],
    note: '等验证码太久了',
    opportunity: '短信失败时改用语音电话',
    owner: '数字渠道部',
    touchpoint: '银行网站',
    persona: { name: '玛丽', quote: '我想五分钟内开好账户' },
  },
} as const;

/** The bank-account journey in one language; ids are the same in all three. */
export function bankMap(lang: Language): JourneyMap {
  const w = WORDS[lang];
  const stageIds = ['search', 'apply', 'use'] as const;
  return {
    schemaVersion: 1,
    id: `bank-${lang}`,
    title: w.title,
    type: 'current',
    language: lang,
    process: 'registration',
    personas: ['mary'],
    stages: stageIds.map((id, i) => ({ id, name: w.stages[i] ?? id })),
    lanes: [
      { id: 'actions', type: 'actions', title: w.lanes[0] },
      { id: 'pains', type: 'pains', title: w.lanes[1] },
      { id: 'emotion', type: 'emotion', title: w.lanes[2] },
      { id: 'opps', type: 'opportunities', title: w.lanes[3] },
    ],
    cards: [
      { id: 'b1', lane: 'actions', stage: 'search', text: w.cards[0], evidence: 'reported', sources: [] },
      {
        id: 'b2',
        lane: 'actions',
        stage: 'apply',
        text: w.cards[1],
        evidence: 'observed',
        sources: [],
        touchpoint: 'tp-web',
      },
      { id: 'b3', lane: 'pains', stage: 'apply', text: w.cards[2], evidence: 'observed', sources: [] },
      { id: 'b4', lane: 'actions', stage: 'use', text: w.cards[3], evidence: 'hypothesis', sources: [] },
    ],
    emotions: [
      { stage: 'search', persona: 'mary', score: 0 },
      { stage: 'apply', persona: 'mary', score: -2, note: w.note },
      { stage: 'use', persona: 'mary', score: 1.5 },
    ],
    touchpoints: [
      {
        id: 'tp-web',
        name: w.touchpoint,
        channel: 'website',
        kind: 'online',
        source: 'quantitative',
        stage: 'apply',
      },
    ],
    opportunities: [
      {
        id: 'o1',
        title: w.opportunity,
        stage: 'apply',
        pains: ['b3'],
        owner: w.owner,
        status: 'planned',
        impact: 4,
        effort: 2,
      },
    ],
    kpis: [{ id: 'k1', name: 'CES', stage: 'apply', metric: 'ces', target: 2 }],
  };
}

export function maryPersona(lang: Language): Persona {
  return {
    schemaVersion: 1,
    id: 'mary',
    name: WORDS[lang].persona.name,
    quote: WORDS[lang].persona.quote,
    demographics: { age: '27' },
    goals: [],
    needs: [],
    motivations: [],
    frustrations: [],
    channels: ['website'],
    source: 'manual',
  };
}

export const BANK_METRICS: StageMetrics = {
  search: { customers: 12_000, conversion: 0.4, dropOff: 0.6, medianSeconds: 240 },
  apply: { customers: 4_800, conversion: 0.55, dropOff: 0.45, medianSeconds: 900 },
  use: { customers: 2_640, medianSeconds: 86_400 * 3 },
};

/** The analysis a pain accepted from the data names as its source (as the engine writes it). */
export const PAIN_SOURCE = 'OpenCJM: отток по этапам воронки, точный тест Фишера';

/** The bank map in Russian with a pain accepted from the data at the "apply" stage. */
export function bankMapWithDataPain(): JourneyMap {
  const map = bankMap('ru');
  return {
    ...map,
    cards: [
      ...map.cards,
      {
        id: 'pain-drop-off-apply',
        lane: 'pains',
        stage: 'apply',
        text: 'Этап «Заявка» покидают 45 % клиентов против 20 % на других этапах',
        evidence: 'observed',
        sources: [{ title: PAIN_SOURCE, kind: 'quantitative' }],
      },
    ],
  };
}

/** Measured figures of the bank map, as the engine's mapFigures gives them (null: not measured). */
export const BANK_DATA: MapData = {
  windowSeconds: 7 * 86_400,
  stages: {
    search: {
      customers: 12_000,
      conversion: 1,
      dropOff: null,
      medianSeconds: null,
      emotion: 0.4,
      emotionN: 310,
      sentiment: 0.12,
    },
    apply: {
      customers: 4_800,
      conversion: 0.4,
      dropOff: 0.6,
      medianSeconds: 900,
      emotion: -1.3,
      emotionN: 95,
      sentiment: -0.41,
      nps: -12,
    },
    use: {
      customers: 2_640,
      conversion: 0.22,
      dropOff: 0.45,
      medianSeconds: 86_400 * 3,
      emotion: 0.9,
      emotionN: 40,
    },
  },
};
