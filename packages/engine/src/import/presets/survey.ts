import { orConstant, pick } from '../plan.ts';
import { identifierColumns, type Preset } from './preset.ts';

/**
 * Survey answers (NPS / CSAT / CES): `score` and `comment`; `stage`, `touchpoint` and
 * `question` stay in properties so answers can be placed on the map.
 */
export const surveyPreset: Preset = {
  name: 'survey',
  plan: (src) => ({
    ...identifierColumns(src),
    timestamp: pick(src, 'timestamp', 'date', 'submitted_at'),
    event: orConstant(pick(src, 'event'), 'survey_response'),
    score: pick(src, 'score'),
    text: pick(src, 'comment'),
    channel: orConstant(pick(src, 'channel'), 'survey'),
  }),
};
