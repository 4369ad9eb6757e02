export { TOUCHPOINT_CATALOGUE } from './catalogue.ts';
export { createMapFromTemplate } from './create-map.ts';
export { LANE_TITLES } from './lanes.ts';
export { getTemplate, requireTemplate, TEMPLATES, UnknownTemplateError } from './registry.ts';
export * from './schema.ts';
export { templateSummary } from './summary.ts';
