export { DEMO_MODELS, type DemoCustomer, type DemoModel } from './customers.ts';
export { CHECKOUT_EXPERIMENT as DEMO_EXPERIMENT } from './journey/checkout.ts';
export { DEMO_ATTRIBUTES, DEMO_FIELDS } from './ndjson.ts';
export { DemoShopOptions, DemoShopSummary } from './options.ts';
export { DEMO_PLANTED_PROBLEMS, type PlantedProblem, type PlantedProblemKind } from './planted.ts';
export { DEMO_SEGMENTS, type DemoSegment, SEGMENT_PROFILES, type SegmentProfile } from './segments.ts';
export { writeDemoShop } from './write-demo-shop.ts';
