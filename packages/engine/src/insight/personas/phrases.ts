import type { Language } from '@opencjm/core';

/** Words for describing clusters, per language. */
export interface PersonaWords {
  /** "Cluster" in a persona name. */
  cluster: string;
  /** Separator between the parts of a name, and after the cluster number. */
  comma: string;
  colon: string;
  activity: Readonly<Record<'events' | 'days' | 'value' | 'dwell' | 'furthest', string>>;
  /** "(overall X)". */
  overall: (x: string) => string;
  /** "X of events" — a channel's share of the customers' events. */
  ofEvents: (x: string) => string;
  /** "X of customers" — a category's share of the cluster's customers. */
  ofCustomers: (x: string) => string;
}

export const PERSONA_WORDS: Readonly<Record<Language, PersonaWords>> = {
  en: {
    cluster: 'Cluster',
    comma: ', ',
    colon: ': ',
    activity: {
      events: 'events',
      days: 'active days',
      value: 'total value',
      dwell: 'median time per step',
      furthest: 'furthest stage',
    },
    overall: (x) => `(overall ${x})`,
    ofEvents: (x) => `${x} of events`,
    ofCustomers: (x) => `${x} of customers`,
  },
  ru: {
    cluster: 'Кластер',
    comma: ', ',
    colon: ': ',
    activity: {
      events: 'событий',
      days: 'активных дней',
      value: 'сумма покупок',
      dwell: 'медианное время шага',
      furthest: 'самый дальний этап',
    },
    overall: (x) => `(в целом ${x})`,
    ofEvents: (x) => `${x} событий`,
    ofCustomers: (x) => `${x} клиентов`,
  },
  zh: {
    cluster: '群组',
    comma: '，',
    colon: '：',
    activity: {
      events: '事件数',
      days: '活跃天数',
      value: '总金额',
      dwell: '每步中位时长',
      furthest: '最远阶段',
    },
    overall: (x) => `（总体 ${x}）`,
    ofEvents: (x) => `占事件 ${x}`,
    ofCustomers: (x) => `占客户 ${x}`,
  },
};
