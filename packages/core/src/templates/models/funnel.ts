import { lane } from '../lanes.ts';
import type { Template } from '../schema.ts';

/**
 * Article 004 (Chinese): the funnel stages 意識、考慮、決策, to analyse what can be
 * optimised at each. Chinese names are the article's terms in simplified characters; the
 * Russian ones reuse article 000's terms. Lanes follow the article's goals of a map:
 * how customers interact, how they think, touchpoints and marketing channels, the emotions
 * at each step, pain points, what can be improved, and whether the channels succeed.
 */
export const FUNNEL: Template = {
  id: 'funnel',
  source: 'article 004',
  name: {
    ru: 'Воронка: осведомленность, рассмотрение, решение',
    en: 'Funnel: awareness, consideration, decision',
    zh: '漏斗：意识、考虑、决策',
  },
  description: {
    ru: 'Три этапа воронки, чтобы разобрать, что можно оптимизировать на каждом, и оценить успех маркетинговых каналов.',
    en: 'The three funnel stages, to see what can be optimized at each and whether the marketing channels succeed.',
    zh: '漏斗的三个阶段，用于分析每个阶段可以优化的内容，并评估营销渠道是否成功。',
  },
  stages: [
    { id: 'awareness', name: { ru: 'Осведомленность', en: 'Awareness', zh: '意识' } },
    { id: 'consideration', name: { ru: 'Рассмотрение', en: 'Consideration', zh: '考虑' } },
    { id: 'decision', name: { ru: 'Решение', en: 'Decision', zh: '决策' } },
  ],
  lanes: [
    lane('actions'),
    lane('thoughts'),
    lane('touchpoints'),
    lane('channels', { ru: 'Маркетинговые каналы', en: 'Marketing channels', zh: '营销渠道' }),
    lane('emotion'),
    lane('pains', { ru: 'Болевые точки', en: 'Pain points', zh: '痛点' }),
    lane('opportunities', { ru: 'Что можно улучшить', en: 'What can be improved', zh: '可以改进之处' }),
    lane('kpis', { ru: 'Успешность каналов', en: 'Channel performance', zh: '渠道成效' }),
  ],
};
