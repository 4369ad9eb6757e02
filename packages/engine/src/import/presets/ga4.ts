import { combine, derived, pick } from '../plan.ts';
import type { Preset } from './preset.ts';

/**
 * Google Analytics 4 BigQuery export rows (JSON). `event_timestamp` is in microseconds
 * (read as epoch µs by its magnitude); the page URL comes from the `page_location` entry
 * of `event_params`, or a flat `page_location` column.
 */
export const ga4Preset: Preset = {
  name: 'ga4',
  plan(src) {
    const params = src.json('event_params');
    const fromParams = derived(
      `list_filter(CAST(${params} AS JSON[]), lambda p: p->>'key' = 'page_location')[1]->'value'->>'string_value'`,
      [],
      'event_params.page_location',
    );
    return {
      timestamp: pick(src, 'event_timestamp'),
      event: pick(src, 'event_name'),
      anonymous_id: pick(src, 'user_pseudo_id'),
      user_id: pick(src, 'user_id'),
      url: combine([fromParams, pick(src, 'page_location')].filter((e) => e !== undefined)),
      channel: pick(src, 'traffic_source.medium'),
      source: pick(src, 'traffic_source.source'),
      value: pick(src, 'event_value_in_usd', 'ecommerce.purchase_revenue'),
    };
  },
};
