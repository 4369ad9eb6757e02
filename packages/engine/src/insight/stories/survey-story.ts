import type { JourneyMap } from '@opencjm/core';
import { type StoryEvent, shopMap } from '../../analytics/story.ts';

/**
 * The shop map of the analytics story, plus a touchpoint for NPS answers sent as events
 * named `nps_*` (loyalty stage) and a pains lane — the map the insight tests place answers,
 * texts and findings on.
 */
export function insightMap(): JourneyMap {
  const map = shopMap();
  return {
    ...map,
    lanes: [...map.lanes, { id: 'pain-lane', type: 'pains', title: 'Pains' }],
    touchpoints: [
      ...map.touchpoints,
      {
        id: 'tp-nps',
        name: 'NPS survey',
        channel: 'email',
        kind: 'online',
        source: 'quantitative',
        stage: 'loyalty',
        match: { event: 'nps_*' },
      },
    ],
  };
}

const answer = (
  who: string,
  day: number,
  question: string,
  score: number | undefined,
  channel: string,
  properties: Record<string, string> = {},
): StoryEvent => ({
  who: `customer_id:${who}`,
  at: `2026-03-${String(day).padStart(2, '0')}T12:00:00+03:00`,
  event: 'survey_response',
  channel,
  ...(score === undefined ? {} : { score }),
  properties: { question, ...properties },
});

/**
 * After the spring sale the shop asks nine customers how it went.
 * NPS (question `nps`): Anna 10, Boris 3, Chen 9, Dana 6, Egor 8, Fatima 9 with their stage
 * in properties; Hana answers through the e-mail widget (event `nps_answer`, 7, no
 * properties, channel widget: the map places her at tp-nps / loyalty); Gleb's 11 and Ivan's empty answer
 * are invalid. CSAT: Anna 5, Boris 2, Chen 4, Dana 1, Egor 4, Fatima 3, and Hana's invalid 0.
 * CES (events named `ces`): Anna 2, Chen 3, Dana 6, Egor 1; a `process_step` with a score is
 * not a CES answer. Fatima's segment (b2b) comes only from an earlier CRM update.
 */
export const SURVEY_STORY: readonly StoryEvent[] = [
  {
    who: 'customer_id:fatima',
    at: '2026-03-01T09:00:00+03:00',
    event: 'crm_update',
    properties: { segment: 'b2b' },
  },
  answer('anna', 12, 'nps', 10, 'email', { stage: 'purchase', segment: 'b2c' }),
  answer('boris', 12, 'nps', 3, 'website', { stage: 'consideration', segment: 'b2c' }),
  answer('chen', 12, 'nps', 9, 'email', { stage: 'purchase', segment: 'b2b' }),
  answer('dana', 12, 'nps', 6, 'email', { stage: 'service', segment: 'b2c' }),
  answer('egor', 12, 'nps', 8, 'website', { stage: 'purchase', segment: 'b2b' }),
  answer('fatima', 12, 'NPS', 9, 'website', { stage: 'purchase' }),
  {
    who: 'customer_id:hana',
    at: '2026-03-12T12:00:00+03:00',
    event: 'nps_answer',
    channel: 'widget',
    score: 7,
  },
  answer('gleb', 12, 'nps', 11, 'email', { stage: 'purchase' }),
  answer('ivan', 12, 'nps', undefined, 'website', { stage: 'service' }),
  answer('anna', 13, 'csat', 5, 'email', { stage: 'purchase' }),
  answer('boris', 13, 'csat', 2, 'website', { stage: 'consideration' }),
  answer('chen', 13, 'csat', 4, 'email', { stage: 'purchase' }),
  answer('dana', 13, 'csat', 1, 'email', { stage: 'service' }),
  answer('egor', 13, 'csat', 4, 'website', { stage: 'service' }),
  answer('fatima', 13, 'csat', 3, 'website', { stage: 'purchase' }),
  answer('hana', 13, 'csat', 0, 'widget'),
  ...(
    [
      ['anna', 2],
      ['chen', 3],
      ['dana', 6],
      ['egor', 1],
    ] as const
  ).map(([who, score]) => ({
    who: `customer_id:${who}`,
    at: '2026-03-14T12:00:00+03:00',
    event: 'ces',
    channel: 'app',
    score,
  })),
  { who: 'customer_id:egor', at: '2026-03-14T13:00:00+03:00', event: 'process_step', score: 5 },
];
