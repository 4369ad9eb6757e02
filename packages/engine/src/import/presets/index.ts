import type { ImportPreset } from '../options.ts';
import { crmPreset } from './crm.ts';
import { emailPreset } from './email.ts';
import { ga4Preset } from './ga4.ts';
import type { Preset } from './preset.ts';
import { processLogPreset } from './process-log.ts';
import { segmentPreset } from './segment.ts';
import { supportPreset } from './support.ts';
import { surveyPreset } from './survey.ts';

/** Every preset by name. */
export const PRESETS: Record<ImportPreset, Preset> = {
  'process-log': processLogPreset,
  segment: segmentPreset,
  ga4: ga4Preset,
  crm: crmPreset,
  email: emailPreset,
  support: supportPreset,
  survey: surveyPreset,
};
